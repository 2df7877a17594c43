// Signals: the evidence one block carries by itself, in any language. Its shape (length, sentences, digits), its
// links and where they lead (lib/clean/link-kinds.ts: share intents, payment services, donate/subscribe/checkout
// paths, the site's own articles), form controls, the class and id words of its boxes, payment identifiers and
// amounts, whether it names the site itself, and the language-independent line shapes (a lone number, a URL, a
// breadcrumb, a date, a copyright line, a row of network names, a label between dashes, a "Label: linked headline"
// kicker). Phrase lists (lib/rules/boilerplate/) are one more, weak, signal.
import { eachElement } from '../dom';
import { besideMedia, heldAsCaption, titlesVideo } from './caption';
import { LETTER_CHAR, countLetters, isLetterChar, isLower, isUpper, squeezeWords, SENTENCE_END as ENDS_SENTENCE } from '../chars';
import { blockText } from '../blocks';
import { normalizeBlockText, wordsOfNormalized, fingerprintOfWords } from '../fingerprint';
import type { RemovalReason } from '../types';
import { paymentEvidence, type PaymentEvidence } from './payment';
import { phraseHit, weakAppealWords, periodWords, counterWithUnit, type PhraseHit } from './phrases';
import { isSectionLink } from './section-link';
import { isRelativeTime } from './relative-time';
import { isAuthorPhoto } from './author-photo';
import { NOTE_MAX, emphasisedAuthorNote, repeatsAuthorAbout } from './author-bio';
import { bareAddress } from './addresses';
import { linkInfo } from './link-kinds';
export { linkKind } from './link-kinds';
export { bareAddress, siteOf } from './addresses';
import { IN_CELL, IN_FIGURE, IN_LIST_ITEM, IN_NAV, IN_QUOTE, enclosingTags, hintOfWord, markupWords, newMemo, type Memo } from './markup';
export { classWords, hintOfWord } from './markup';
import { slashCredit } from './credit-shape';

/** What the page says about itself: its name and its host, for "names the site" and "links to the site". */
export interface SiteInfo {
  /** Normalised names of the site (og:site_name, the host's own label), letters and digits only. */
  names: string[];
  host: string | null;
  /** The page's own address, bare (no scheme, no www, no query or trailing slash), when known. */
  page?: string | null;
  /** The byline's first name in words (lib/clean/author-photo.ts), to know the author's portrait. */
  author?: readonly string[];
  /** The page metadata's descriptions of its authors, folded (lib/clean/author-bio.ts), to know their notes. */
  about?: readonly string[];
}

export type LinkKind = 'share' | 'social' | 'pay' | 'donation' | 'membership' | 'newsletter' | 'checkout' | 'login'
  | 'comments' | 'listing' | 'article' | 'external' | 'anchor' | 'mail';

export type LineShape = 'counter' | 'url' | 'breadcrumb' | 'date' | 'read-time' | 'copyright' | 'credit' | 'byline' | 'networks' | 'label' | 'kicker' | 'gallery';

export interface BlockSignals {
  el: Element;
  text: string;
  norm: string;
  words: string[];
  fp: string;
  tag: string;
  heading: number;
  /** Length in characters, Han and kana counted three times (they carry a word each). */
  len: number;
  /** Inside a <blockquote> or <q>: someone else's words, never the site's furniture. */
  quoted: boolean;
  /** Inside a <figure> or <figcaption>: a picture's caption or credit. */
  caption: boolean;
  listItem: boolean;
  tableCell: boolean;
  /** Inside a <nav>: the page's navigation, by its markup's own word, in any language. */
  inNav: boolean;
  sentences: number;
  terminal: boolean;
  digitShare: number;
  linkDensity: number;
  links: number;
  linkKinds: Set<LinkKind>;
  controls: number;
  /** Class and id words of the block itself and of its boxes up to the root (nearest first). */
  ownWords: string[];
  boxWords: string[];
  hint: RemovalReason | null;
  payment: PaymentEvidence;
  phrase: PhraseHit | null;
  weakAppeal: boolean;
  period: boolean;
  self: boolean;
  /** The block is the page's own address and nothing else (a print header, a "copy link" field). */
  ownAddress: boolean;
  /** The block is one short link to the section the page is filed under (section-link.ts). */
  sectionLink: boolean;
  /** A picture of the article's author (named for the byline). */
  authorPhoto: boolean;
  /** A note about the article's author: 'about' repeats the page metadata's description of them, 'emphasis' names
   * them in its first words, set wholly in emphasis (lib/clean/author-bio.ts). */
  authorNote: 'about' | 'emphasis' | null;
  shape: LineShape | null;
}

const HEADING = /^h([1-6])$/;
const SENTENCE_END = /[.!?؟।](?:["'”’»)\]]*)(?=\s|$)|[。！？]/g;
/** Han and kana (the main blocks, by code unit: no script property to compile). Counted by the pattern engine, not
 * a loop: cleaning runs cold, and a loop over every character runs in the interpreter. */
const DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u31f0-\u31ff]/g;
const DIGITS = /[0-9]/g;
const countOf = (re: RegExp, text: string) => text.match(re)?.length ?? 0;
const CONTROLS = new Set(['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'FORM']);
/** Names of networks (a row of them is a share bar); the second list only counts beside a name of the first. */
const NETWORKS = new Set(['facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram', 'reddit', 'pinterest', 'bluesky', 'threads',
  'flipboard', 'xing', 'vk', 'weibo', 'mastodon', 'messenger', 'tumblr', 'instagram', 'youtube', 'tiktok', 'pocket']);
const NETWORK_WORDS = new Set(['x', 'email', 'e-mail', 'e', 'mail', 'line', 'print', 'copy', 'link', 'sms', 'rss', 'google', 'news']);

/** Form controls: the block itself if it is one (a form too), and the inputs, buttons, selects and text areas inside
 * it (one walk, not one search a tag). */
function countControls(el: Element): number {
  let n = 0;
  eachElement(el, (e) => {
    const t = e.tagName.toUpperCase();
    if (e === el ? CONTROLS.has(t) : t !== 'FORM' && CONTROLS.has(t)) n++;
  });
  return n;
}

/** Names the site: its name or its host's label in the block's letters ("Harbour Gazette", "harbourgazette.org"). */
function namesSite(norm: string, site: SiteInfo): boolean {
  if (!site.names.length) return false;
  const squeezed = squeezeWords(norm);
  return site.names.some((n) => n.length >= 4 && squeezed.includes(n));
}

const MARKS = '-–—•|*·=~_';
/** A label between marks ("- Publicidad -", "— Anzeige —"): one to thirty letters, spaces and dots. */
const LABEL = new RegExp(`^[-–—•|*·=~_]+\\s?${LETTER_CHAR}(?:${LETTER_CHAR}|[ .]){0,28}\\s?[-–—•|*·=~_]+$`);

/** Dashes of any length are one kind of mark. */
const markKind = (c: string | undefined) => (c && '-–—'.includes(c) ? '-' : c);
/** A label's marks mirror each other ("- Anzeige -", "*** Werbung ***"); a dash then a masked name ("– Man**", a
 * review's signature) is no label. */
const mirrored = (norm: string) => markKind(norm[0]) === markKind(norm[norm.length - 1]);

/** One word of letters in square brackets. */
const BRACKET_LABEL = new RegExp(`^\\[${LETTER_CHAR}{1,16}\\]$`);

/** A short word, then two or three capitalised words ("By Jane Doe", "Por Shira Ovide", "von Max Müller"). */
export function bylineShape(line: string): boolean {
  const words = line.split(/\s/);
  if (words.length < 3 || words.length > 4) return false;
  const [lead, ...name] = words as [string, ...string[]];
  if (lead.length > 4 || !isLetterChar(lead[0]) || [...lead.slice(1)].some((c) => !isLower(c))) return false;
  return name.every((w, k) => isUpper(w[0]) && (w.length > 1 || k > 0) && [...w.slice(1)].every((c) => isLetterChar(c) || "'’.-".includes(c)));
}

/** A time of day; the page may set the name or the word after it in an element of its own, with no space between
 * ("21:00Jane Doe", a live blog's entry stamp). */
const CLOCK = /\b\d{1,2}[:.]\d\d(?!\d)/;
/** The dot of a unit after a number ends the line ("3 Min.", "15:10h."): no sentence's stop (the pattern, costly to compile, behind a final dot only). */
export const unitStop = (norm: string) => norm.endsWith('.') && /\d\s?\p{L}{1,4}\.$/u.test(norm);
/** A dateline ends without a sentence's stop, but for a unit's dot on a line that is no link (a video teaser's
 * "Der Haushalt 2024 3:20 Min." is a related link). */
const dateEnd = (norm: string, linkDensity: number) => !/[.!?]$/.test(norm) || (linkDensity < 0.5 && unitStop(norm));

/** The copyright sign, in any of its forms, opening a short line or right after its first word. */
const copyrightSign = (text: string) => text.length <= 200 && /^\s*(?:[^\s©ⓒⒸ]{1,20}\s?)?[©ⓒⒸ]\s?\S/.test(text);

/** The language-independent shape of a short line, if it has one. */
export function lineShape(text: string, norm: string, linkDensity: number, kinds: Set<LinkKind>): LineShape | null {
  if (norm.length > 240) return null;
  if (/^\d[\d.,\s']*[km]?$/.test(norm) && norm.length <= 24) return 'counter';
  if (counterWithUnit(norm)) return 'counter';
  if (/^https?:\/\/\S+$/.test(norm)) return 'url';
  if (/^\d{1,3}\s?\/\s?\d{1,3}$/.test(norm)) return 'gallery';
  // A copyright notice opens with its sign, or holds it before a year ("the contents of this site are ©2019 …"), or
  // right after the notice's first word in any language ("저작권자 ⓒ …", "版权所有 © …"). The raw text is read too:
  // NFKC turns the circled sign (ⓒ, Ⓒ) into a plain letter.
  if (/^(©|\(c\)\s|copyright\b)/.test(norm) || /©\s?(19|20)\d\d\b/.test(norm) || copyrightSign(text)) return 'copyright';
  // One word in square brackets ("[PR]", "[Anzeige]", "[広告]"): an advert's label in any language, as between dashes.
  if (norm[0] === '[' && linkDensity < 0.5 && BRACKET_LABEL.test(norm)) return 'label';
  // A short note in parentheses under a picture ("(Photo: AP)", "(Artist: …)"); in brackets only when not a link.
  if (norm.length <= 80 && (/^\([^()]{2,70}\)$/.test(norm) || (linkDensity < 0.5 && /^\[[^[\]]{2,70}\]$/.test(norm)))) return 'credit';
  const words = norm.split(/[\s|,·•/]+/).filter(Boolean);
  const bare = words.map((w) => w.replace(/[^a-z-]/g, '')).filter(Boolean);
  // Network names, with at most one other short word (the site's language's word for e-mail or print).
  const names = bare.filter((w) => NETWORKS.has(w)).length, others = bare.filter((w) => !NETWORKS.has(w) && !NETWORK_WORDS.has(w));
  if (bare.length && bare.length <= 10 && names >= 1 && (others.length === 0 || (names >= 2 && others.length === 1 && others[0]!.length <= 8))) return 'networks';
  if (MARKS.includes(norm[0] ?? '') && LABEL.test(norm) && mirrored(norm)) return 'label';
  if (norm.length <= 200 && /\s[»›>/]\s/.test(norm) && !/[.!?]$/.test(norm) && norm.split(/\s[»›>/]\s/).length >= 3) return 'breadcrumb';
  if (norm.length <= 40 && /\b\d{1,3}\s?min/u.test(norm) && words.length <= 5) return 'read-time';
  // The year or clock first: most short lines have neither, and dateEnd's unit pattern is costly to compile.
  if (norm.length <= 100 && words.length <= 12 && (/\b(19|20)\d\d\b/.test(norm) || CLOCK.test(norm)) && dateEnd(norm, linkDensity) && /\d{1,2}/.test(norm.replace(/\b(19|20)\d\d\b/, '')) && !timedHeadline(norm)) return 'date';
  // A dateline written as an age ("14 hours ago", "vor 2 Stunden"), from Intl's forms in 75 languages.
  if (linkDensity < 0.5 && isRelativeTime(norm)) return 'date';
  // "Label: Linked headline of another article": a short label, then a headline of some words, linked.
  // A name after one short word ("By Jane Doe", "Por Shira Ovide", "von Max Müller"): a byline.
  if (text.length <= 50 && bylineShape(text.trim())) return 'byline';
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 40 && linkDensity >= 0.5 && (kinds.has('article') || kinds.has('listing')) && !/[.!?]/.test(text.slice(0, colon)) &&
    text.slice(0, colon).split(/\s+/).length <= 4 && text.slice(colon + 1).split(/\s+/).filter((w) => countLetters(w, 2) >= 2).length >= 3) return 'kicker';
  return null;
}

/** Every signal of one block. `root` bounds the class words taken from its boxes (the article's body); `memo` keeps
 * what one pass over a page's blocks has read of their ancestors. */
export function blockSignals(el: Element, site: SiteInfo, root: Element | null, text = blockText(el), memo: Memo = newMemo()): BlockSignals {
  const norm = normalizeBlockText(text);
  const words = wordsOfNormalized(norm);
  const tag = el.tagName.toLowerCase();
  const hm = HEADING.exec(tag);
  // Han and kana characters carry a word each: they count three times in a block's length.
  const len = text.length + 2 * countOf(DENSE, text);
  const li = linkInfo(el, text.length, site.host);
  const mk = markupWords(el, root, memo);
  const inTags = enclosingTags(el, memo);
  const quoted = !!(inTags & IN_QUOTE);
  const sentences = (text.match(SENTENCE_END) ?? []).length;
  const digits = countOf(DIGITS, norm);
  const shape = lineShape(text, norm, li.density, li.kinds) ?? (!hm && slashCredit(norm, li.density) ? 'credit' : null), w: { phrase?: PhraseHit | null; weak?: boolean; period?: boolean } = {};
  return {
    el, text, norm, words, fp: fingerprintOfWords(words), tag, heading: hm ? Number(hm[1]) : 0, quoted,
    // An advert's label beside a picture is no caption of it.
    caption: shape !== 'label' && (!!(inTags & IN_FIGURE) || mk.own.some((w) => hintOfWord(w) === 'caption') || besideMedia(el, text, el.tagName === 'A' ? undefined : li) ||
      heldAsCaption(el) || titlesVideo(el, root)),
    listItem: !!(inTags & IN_LIST_ITEM), tableCell: !!(inTags & IN_CELL), inNav: !!(inTags & IN_NAV),
    len, sentences, terminal: ENDS_SENTENCE.test(text.trim()), digitShare: norm.length ? digits / norm.length : 0,
    linkDensity: li.density, links: li.count, linkKinds: li.kinds, controls: countControls(el),
    ownWords: mk.own, boxWords: mk.box, hint: quoted ? null : mk.hint,
    payment: paymentEvidence(text), self: namesSite(norm, site), ownAddress: !!site.page && bareAddress(text) === site.page,
    // Its words read on first use: the decisions keep a paragraph of prose without structural evidence without them.
    get phrase() { return w.phrase !== undefined ? w.phrase : (w.phrase = quoted ? null : phraseHit(norm, words)); },
    get weakAppeal() { return (w.weak ??= weakAppealWords(norm)); }, get period() { return (w.period ??= periodWords(norm)); },
    sectionLink: isSectionLink(el, text, li.density, site), shape,
    authorPhoto: !!site.author?.length && isAuthorPhoto(el, text, site.author),
    authorNote: quoted || text.length > NOTE_MAX ? null : repeatsAuthorAbout(text, site.about ?? []) ? 'about' : emphasisedAuthorNote(el, text, site.author ?? []) ? 'emphasis' : null,
  };
}

/** A block of prose: sentences of some length, few links. What cleaning must never lose without strong evidence. */
export const isProse = (s: BlockSignals) => !s.heading && s.len >= 160 && s.linkDensity < 0.5 && s.sentences >= 1;

/**
 * A time or date, a colon, then a headline ("11.04 uhr: israelische drohne tötet …"): a live blog's entry heading,
 * not a dateline. A dateline's words after its colon are the date ("updated: july 18, 2024 11:04").
 */
function timedHeadline(norm: string): boolean {
  const m = /\d[^:]{0,12}:\s/.exec(norm);
  return !!m && norm.slice(m.index + m[0].length).split(/\s+/).filter((w) => countLetters(w, 2) >= 2).length >= TIMED_HEADLINE_WORDS;
}
/** Words of letters after the colon that make a headline of the line. */
const TIMED_HEADLINE_WORDS = 3;

/** A sentence of the text: it ends like one, has some words and few links (a bare web address is none). */
export const isSentence = (s: BlockSignals) => !s.heading && s.shape !== 'url' && s.linkDensity < 0.3 && (s.words.length >= 6 || s.len >= 60) &&
  (s.terminal || /[:：]$/.test(s.text) || s.len >= 75);

/** Links to places on the same page only (a table of contents, footnotes): the reader's, not the site's. */
export const inPageLinks = (s: BlockSignals) => s.linkDensity >= 0.5 && s.linkKinds.size === 1 && s.linkKinds.has('anchor');

/** A point of a table of contents: a list item that opens with a link to a place on the same page (a buying guide's
 * "Best for Kids: <shop link>" too). The reader's way through the story, not the site's. */
export function tocEntry(s: BlockSignals): boolean {
  if (!s.listItem || !s.linkKinds.has('anchor')) return false;
  const href = s.el.getElementsByTagName('a')[0]?.getAttribute('href') ?? (s.el.tagName === 'A' ? s.el.getAttribute('href') : null) ?? '';
  return href.length > 1 && href.startsWith('#');
}
