// Captions set apart from a <figure>: a picture's or a video's words wherever the markup puts them. A caption stays
// in the article's HTML beside its picture and leaves the text; what counts is structure (the picture beside it, the
// class names of the element that holds its words, the player's box around it), never the caption's words.
import { childCountUpTo, classAndId, closestTag, hasMedia, ICON_PX, someElement } from '../dom';
import { blockText } from '../blocks';
import { classWords, hintOfWord } from './markup';
import { emphasisShare } from './author-bio';

const PLAYER = /player|video|gallery|slideshow/i;
const isPlayer = (e: Element) => PLAYER.test(classAndId(e));
/** Class words of a video player's box (whole words: "videoTheme" on a page's wrapper is a word too, so the box
 * must also be small). */
const PLAYER_WORDS = new Set(['player', 'video']);
/** A player's card (title, date, length) holds at most this much text: a section of a video page holds more. */
const CARD_MAX = 300;
/** Boxes looked through above a heading for a player's card. */
const CARD_DEPTH = 5;

const PLAYING = new Set(['VIDEO', 'AUDIO', 'OBJECT']);
/** How many links, and the length of their text (each trimmed). */
function anchorText(anchors: ArrayLike<Element>): { count: number; text: number } {
  let n = 0;
  for (let k = 0; k < anchors.length; k++) n += (anchors[k]!.textContent ?? '').trim().length;
  return { count: anchors.length, text: n };
}

/** Whether some text under `el` is more than white space: what `!!el.textContent.trim()` says (\S is what trim()
 * leaves), read up to the first such text rather than built whole: a sibling box may hold a whole section. */
function holdsText(el: Element): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3 || n.nodeType === 4) { if (/\S/.test(n.nodeValue ?? '')) return true; continue; }
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/** Elements that show nothing (a rule, a break, an empty box): a picture's wrapper may close with one. */
const shows = (e: Element) => e.tagName.toUpperCase() !== 'HR' && e.tagName.toUpperCase() !== 'BR' && (holdsText(e) || hasMedia(e));

/** The children of `el` that show something, counted up to max + 1. */
function shownChildren(el: Element, max: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= max; c = c.nextElementSibling) if (shows(c)) n++;
  return n;
}

/** Opening and closing quotation marks of any language. */
const OPENS = '"“„«‹「『\'‘‚', CLOSES = '"”“»›」』\'’‘';
/** A sentence's stop, with the marks that may close it. */
const STOP = /[.!?。！？…]+["'”’»」』)]*(?=\s|$)/g;
/**
 * Someone's words of several sentences, in quotation marks or a <blockquote>: a review or a quoted reader beside a
 * photo, never its caption (a caption says what the picture shows, in a line).
 */
function quotedSentences(el: Element, text: string): boolean {
  const t = text.trim();
  const quoted = (OPENS.includes(t[0] ?? '') && CLOSES.includes(t[t.length - 1] ?? '')) || !!closestTag(el, QUOTE_TAGS);
  return quoted && (t.match(STOP) ?? []).length >= 2;
}
const QUOTE_TAGS = new Set(['BLOCKQUOTE', 'Q']);

/** Share of a line's text in its links for the line to be all link. */
const WHOLE_LINK = 0.9;

/**
 * A short text with a picture or a video: in the same block, or beside it in a small wrapper of its own (the
 * picture's box: at most three elements that show something, a closing rule aside). Text that merely follows a
 * picture in the flow of the article is not.
 */
export function besideMedia(el: Element, text: string, links?: { count: number; text: number }): boolean {
  if (text.length > 200 || /^h[1-6]$/i.test(el.tagName) || /^https?:\/\/\S+$/.test(text.trim())) return false; // a bare address is no caption
  if (quotedSentences(el, text)) return false;
  // A player's fallback ("To view this video please enable JavaScript") shows only where the video cannot.
  if (closestTag(el, PLAYING)) return false;
  // A row of links under a picture is its share bar or its gallery's controls.
  // The links under the block, as its signals read them already (`links`), else read here.
  const l = links ?? anchorText(el.getElementsByTagName('a'));
  if ((text.length ? l.text / text.length : 0) >= 0.5 && l.count >= 2) return false;
  // A picture and a short text in one block ("<img><br>Portrait by …"); a sentence beside an inline image is text. A
  // line that is all link, beside an icon (an unsized <svg> or one of a few pixels: the link's arrow), is a link.
  if (hasMedia(el, text.length && l.text / text.length >= WHOLE_LINK ? ICON_PX : undefined)) return text.length <= 120 && !(/[.!?]["'”’)]*$/.test(text) && text.split(/\s+/).length >= 8);
  let node: Element = el;
  for (let up = el.parentElement; up && shownChildren(up, 1) === 1; up = up.parentElement) node = up;
  const parent = node.parentElement;
  let prev = node.previousElementSibling;
  while (prev && !shows(prev)) prev = prev.previousElementSibling;
  if (!prev || !parent || shownChildren(parent, 3) > 3) return false;
  const media = hasMedia(prev) || someElement(prev, isPlayer);
  // A pull quote's box (quotation, the speaker's portrait, the speaker's name): the line attributes the quotation.
  for (let q = prev.previousElementSibling; q; q = q.previousElementSibling) if (q.tagName.toUpperCase() === 'BLOCKQUOTE') return false;
  return media && blockText(prev).length < 40;
}

/**
 * The element that holds all of a block's words, when it is not the block itself: the block's lone child, and its
 * lone child in turn (Readability wraps a caption's <span class="media-caption"> in a <p> of its own).
 */
function wordsHolder(el: Element): Element | null {
  let inner: Element | null = null;
  // childCountUpTo, not childElementCount: linkedom builds the list of all children for the latter, on every block.
  for (let e = el; childCountUpTo(e, 1) === 1; e = inner) {
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.textContent ?? '').trim()) return inner;
    inner = e.firstElementChild!;
  }
  return inner;
}

/** A box above a block, up to this many, shows the picture or player a held caption goes with. */
const HELD_DEPTH = 3;

/**
 * The class names of the element that holds all of the block's words call it a caption or a credit, and a small box
 * around it (a few lines of text besides its own) shows a picture or a player: a design system's "Caption" type
 * style under a sign-up form is small print, not a caption.
 */
export function heldAsCaption(el: Element): boolean {
  const inner = wordsHolder(el);
  if (!inner || !classWords(inner).some((w) => hintOfWord(w) === 'caption')) return false;
  // A box of the story (its paragraphs around the caption) is no small box: its pictures are the story's own.
  const most = (el.textContent ?? '').length + CARD_MAX;
  let depth = 0;
  for (let p = el.parentElement; p && depth < HELD_DEPTH && (p.textContent ?? '').length <= most; p = p.parentElement, depth++) if (hasMedia(p) || someElement(p, isPlayer)) return true;
  return false;
}

/**
 * A video's title in its player's card: a heading inside a small box of the article whose class names name a player
 * or a video and which shows the video's still. Only a heading: a player's other lines ("To view this video please
 * enable JavaScript") are its furniture, and a sports table's rows are "player" rows too. `root`: the article's body.
 */
export function titlesVideo(el: Element, root: Element | null): boolean {
  if (!/^h[1-6]$/i.test(el.tagName)) return false;
  let depth = 0;
  for (let p = el.parentElement; p && p !== root && depth < CARD_DEPTH; p = p.parentElement, depth++) {
    if ((p.textContent ?? '').length > CARD_MAX) return false;
    if (classWords(p).some((w) => PLAYER_WORDS.has(w)) && hasMedia(p)) return true;
  }
  return false;
}

/** A label is one line: longer, it is the story's own sentence. */
const LABEL_MAX = 160;

/**
 * The label of the video right after it ("WATCH | Palestinians react to …:"): one line set wholly in emphasis that
 * ends with a colon, followed by a caption in a player's box. Before a picture such a line may label a teaser
 * ("Mehr Themen auf VOGUE.de:"), which must stay free to go with its box.
 */
export function labelsMedia(el: Element, text: string, next: { el: Element; caption: boolean } | null): boolean {
  const t = text.trim();
  if (!next?.caption || t.length > LABEL_MAX || !/[:：]$/.test(t) || /^h[1-6]$/i.test(el.tagName)) return false;
  return inPlayerBox(next.el) && emphasisShare(el) >= EMPHASIS_MIN;
}
/** Share of a label's letters in emphasis (a stray space outside it aside). */
const EMPHASIS_MIN = 0.9;

/** Inside a box whose class names name a player (a few levels up). */
function inPlayerBox(el: Element): boolean {
  let depth = 0;
  for (let p = el.parentElement; p && depth < CARD_DEPTH; p = p.parentElement, depth++) if (isPlayer(p)) return true;
  return false;
}
