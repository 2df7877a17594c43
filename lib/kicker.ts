// A kicker: the short label a page sets just above its headline ("Extremismus", "Hitzefolgen", "Coverstory"), in
// the header, not the story. Readability takes the headline out as the title and leaves the label at the top of
// the text, where it reads as the story's first line. Evidence, without words: where it stands (the element right
// before the page's <h1>, beside it in the header) and its shape (a few words, no link, no sentence, no picture).
// It is marked before Readability (which keeps data attributes) and the clean stage drops it at the top.
import { closestWithAttr, firstInside, firstWithAttr, hasMedia, ICON_PX } from './dom';
import { oneLine, wordShare } from './chars';
import { blockText } from './blocks';
import { letters } from './page/text';

export const KICKER_ATTR = 'data-cp-kicker';
/** A kicker has at most this many words and characters. */
const KICKER_WORDS = 4;
const KICKER_CHARS = 40;
/** Ends a sentence or a clause: a line that does is a short sentence (a standfirst), not a label. */
const SENTENCE_END = /[.!?;,:…]$/;

/** The label's text when `el` is one: a few words, no sentence, link, picture or time. */
function labelText(el: Element): string | null {
  // The dash a page sets between the label and the headline's words (hidden, for screen readers) is no word of it.
  const text = oneLine(el.textContent ?? '').replace(/\s*[|·–—]$/u, '');
  if (!text || text.length > KICKER_CHARS || text.split(' ').length > KICKER_WORDS || SENTENCE_END.test(text)) return null;
  if (el.getElementsByTagName('a').length || hasMedia(el, ICON_PX) || el.getElementsByTagName('time').length) return null;
  return text;
}

/** Mark the label right before the headline, if one is there; its text (the reader shows it above the title). A
 * label set inside the headline, before its words, is the kicker too (not marked: it goes with the headline). */
export function markKicker(headline: Element | null): string | null {
  let prev = headline?.previousElementSibling ?? null;
  while (prev && !oneLine(prev.textContent ?? '') && !hasMedia(prev)) prev = prev.previousElementSibling;
  const text = prev && /^(H[2-6]|P|DIV|SPAN)$/.test(prev.tagName.toUpperCase()) ? labelText(prev) : null;
  if (!prev || !text) return innerKicker(headline)?.label ?? null;
  // On every element of it, with its text: Readability may replace the box by its only child.
  for (const e of [prev, ...Array.from(prev.querySelectorAll('*'))]) e.setAttribute(KICKER_ATTR, text);
  // A skip link's target ("Inhalt", where "skip to content" lands, set off screen) labels the page, not the story.
  const id = prev.id;
  return id && Array.from(prev.ownerDocument.querySelectorAll('a[href^="#"]')).some((a) => a.getAttribute('href') === `#${id}`) ? null : text;
}

/**
 * The heading that shows the story's headline where the page's <h1> is the last step of its breadcrumb (the page's
 * name in the trail): the first text after the trail, when a heading opens it (<div class="title"><h2><span>Meinung
 * </span><span>Warum …</span></h2>). Its label is the story's kicker; the crumb has none.
 */
export function headingAfterTrail(crumb: Element): Element | null {
  const trail = crumb.closest('nav') ?? crumb.parentElement?.closest('ul, ol') ?? null;
  for (let at = trail; at; at = at.parentElement) {
    for (let s = at.nextElementSibling; s; s = s.nextElementSibling) {
      const text = oneLine(s.textContent ?? '');
      if (!text) continue;
      const h = /^H[2-3]$/.test(s.tagName.toUpperCase()) ? s : s.querySelector('h2, h3');
      return h && text.startsWith(oneLine(h.textContent ?? '')) ? h : null;
    }
  }
  return null;
}

/** Elements of a headline that show no words (a style sheet set inline, a script). */
const NO_WORDS = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'LINK']);

/** A label that opens the headline in an element of its own, with the headline's words in elements after it
 * (<h2><span>Technologie im Klassenzimmer</span> <span>Künstliche Intelligenz …</span></h2>): its text and the
 * headline's text without it. */
function innerKicker(headline: Element | null): { label: string; rest: string } | null {
  let first = headline?.firstElementChild ?? null;
  while (first && (NO_WORDS.has(first.tagName.toUpperCase()) || !oneLine(first.textContent ?? ''))) first = first.nextElementSibling;
  const label = first?.nextElementSibling ? labelText(first) : null;
  if (!label) return null;
  const all = oneLine(blockText(headline!));
  if (!all.startsWith(label)) return null;
  const rest = all.slice(label.length).replace(/^[\s:|·–—-]+/u, '');
  return letters(rest).length >= HEADLINE_LETTERS ? { label, rest } : null;
}

/** A heading's words after a label set inside it before them (the headline under its kicker), if it has one. */
export const afterInnerKicker = (heading: Element): string | null => innerKicker(heading)?.rest ?? null;

/**
 * The kicker as the reader shows it above the title: a label in words (a "|" or ">" is a separator, a run of digits
 * an identifier), that the title does not already say ("Nach Gaetz-Rückzug" over "Nach Gaetz-Rückzug: Trump-…").
 */
export function readerKicker(kicker: string | null, title: string): string | null {
  if (!kicker || !/\p{L}/u.test(kicker)) return null;
  return letters(title).includes(letters(kicker)) ? null : kicker;
}

/** Whether a block of the clean stage (its element and text) is the marked kicker, whole. */
export function isKicker(el: Element, text: string): boolean {
  const mark = closestWithAttr(el, KICKER_ATTR) ?? firstWithAttr(el, KICKER_ATTR);
  return !!mark && oneLine(text) === mark.getAttribute(KICKER_ATTR);
}

export const HEADLINE_ATTR = 'data-cp-headline';

/**
 * The page's <h1>, marked with its text. Readability takes it out only when it reads like the metadata's title; when
 * that title is another wording (JSON-LD's, written for search engines: The Telegraph), the visible headline stayed
 * as the story's first line under the title, two headlines. The clean stage takes it for the repeated title.
 */
export function markHeadline(headline: Element | null): void {
  const text = headline ? innerKicker(headline)?.rest ?? oneLine(blockText(headline)) : '';
  if (text) headline!.setAttribute(HEADLINE_ATTR, text);
}


/** The page's headline as marked in `body` (still there after Readability), if any. */
export const headlineInBody = (body: Element): string | null => firstWithAttr(body, HEADLINE_ATTR)?.getAttribute(HEADLINE_ATTR) ?? null;

/** Share of the visible headline's words the metadata's title must have: another wording of one headline. */
const SAME_STORY_WORDS = 0.4;

/** Whether the title is the visible headline in other words (not another headline, a site name or a placeholder). */
export function sameStory(headline: string, title: string | null | undefined): boolean {
  if (!title) return false;
  return title.includes(headline) || wordShare(headline, title) >= SAME_STORY_WORDS;
}

/** Characters of a paragraph of the story: the headline stands before the first. */
const STORY_PARAGRAPH = 160;
/** Letters a headline has at least (a "Log In" heading is none). */
const HEADLINE_LETTERS = 15;

/**
 * The title the reader shows: the metadata's, unless the page's own headline stayed at the top of the body and is
 * another headline altogether, not the same story in other words. Readability takes the page's headline out only
 * when it reads like the metadata's title; one written for search engines or link previews ("Verkehrschaos durch
 * Hitze: …" over the page's "So sind Straßenbahnen …") left the reader two headlines, the page's under one it never
 * showed. The page's headline is what its readers saw; the clean stage then takes its copy out of the body.
 */
export function shownTitle(body: Element, title: string): string {
  const el = firstWithAttr(body, HEADLINE_ATTR), text = el?.getAttribute(HEADLINE_ATTR);
  if (!el || !text || letters(text).length < HEADLINE_LETTERS || sameStory(text, title)) return title;
  const first = firstInside(body, (e) => e === el || (e.tagName.toUpperCase() === 'P' && oneLine(e.textContent ?? '').length >= STORY_PARAGRAPH));
  return first === el ? text : title;
}
