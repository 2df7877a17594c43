// A kicker: the short label a page sets just above its headline ("Extremismus", "Hitzefolgen", "Coverstory"), in
// the header, not the story. Readability takes the headline out as the title and leaves the label at the top of
// the text, where it reads as the story's first line. Evidence, without words: where it stands (the element right
// before the page's <h1>, beside it in the header) and its shape (a few words, no link, no sentence, no picture).
// It is marked before Readability (which keeps data attributes) and the clean stage drops it at the top.
import { closestWithAttr, firstWithAttr, hasMedia, ICON_PX } from './dom';
import { oneLine } from './chars';
import { letters } from './page/text';

export const KICKER_ATTR = 'data-cp-kicker';
/** A kicker has at most this many words and characters. */
const KICKER_WORDS = 4;
const KICKER_CHARS = 40;
/** Ends a sentence or a clause: a line that does is a short sentence (a standfirst), not a label. */
const SENTENCE_END = /[.!?;,:…]$/;

/** Mark the label right before the headline, if one is there; its text (the reader shows it above the title). */
export function markKicker(headline: Element | null): string | null {
  let prev = headline?.previousElementSibling ?? null;
  while (prev && !oneLine(prev.textContent ?? '') && !hasMedia(prev)) prev = prev.previousElementSibling;
  if (!prev || !/^(H[2-6]|P|DIV|SPAN)$/.test(prev.tagName.toUpperCase())) return null;
  const text = oneLine(prev.textContent ?? '');
  if (!text || text.length > KICKER_CHARS || text.split(' ').length > KICKER_WORDS || SENTENCE_END.test(text)) return null;
  if (prev.getElementsByTagName('a').length || hasMedia(prev, ICON_PX) || prev.getElementsByTagName('time').length) return null;
  // On every element of it, with its text: Readability may replace the box by its only child.
  for (const e of [prev, ...Array.from(prev.querySelectorAll('*'))]) e.setAttribute(KICKER_ATTR, text);
  // A skip link's target ("Inhalt", where "skip to content" lands, set off screen) labels the page, not the story.
  const id = prev.id;
  return id && Array.from(prev.ownerDocument.querySelectorAll('a[href^="#"]')).some((a) => a.getAttribute('href') === `#${id}`) ? null : text;
}

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
  const text = headline ? oneLine(headline.textContent ?? '') : '';
  if (text) headline!.setAttribute(HEADLINE_ATTR, text);
}

/** The page's headline as marked in `body` (still there after Readability), if any. */
export const headlineInBody = (body: Element): string | null => firstWithAttr(body, HEADLINE_ATTR)?.getAttribute(HEADLINE_ATTR) ?? null;
