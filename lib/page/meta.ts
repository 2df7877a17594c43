// The article's meta lines on the live page: dates, times, datelines and bylines. Never hidden by Clean.
import { classAndId, linkShare } from '../dom';
import { looksLikeDate, printsDate } from './text';
import { lineShape } from '../clean/signals';
import { slashCredit } from '../clean/credit-shape';
import { normalizeBlockText } from '../fingerprint';
import { phraseHit } from '../clean/phrases';
import { holdsPanel } from './control-panel';

/** Characters of a credit line after the story. */
const CREDIT_MAX = 60;

/**
 * A credit line of its own, with no link ("sak/Reuters" under Spiegel's story, "(AP)"): part of the story, kept
 * where it stands apart from the byline, as the byline is.
 */
export function isCreditLine(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > CREDIT_MAX || el.querySelector('a[href], button, img, svg')) return false;
  if (el.closest('a[href], button, [role="button"], label, nav')) return false; // a control's words ("View PDF/Print Mode")
  const norm = normalizeBlockText(text);
  return lineShape(text, norm, 0, new Set()) === 'credit' || (!/^H\d$/.test(el.tagName.toUpperCase()) && slashCredit(norm, 0));
}

/**
 * A press release's source credit after the story ("Provided by <a>European Space Agency</a>"): a short line that
 * is a byline phrase of the language's list (lib/rules/boilerplate) whole, its source's name a link. The only sign
 * of whose text the reader reads, as a byline is; no picture, control or menu.
 */
export function isSourceCredit(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > CREDIT_MAX || el.querySelector('img, picture, video, button, input, h1, h2, h3, h4, h5, h6')) return false;
  if (el.closest('a[href], button, [role="button"], label, nav')) return false;
  const hit = phraseHit(normalizeBlockText(text));
  return hit?.reason === 'byline' && hit.mode === 'line';
}

/** A part whose class or id names comments. */
const COMMENTS_PART = '[class*="comment" i], [id*="comment" i]';
const BYLINE_HINT = /(^|[\s_-])(byline\w*|author\w*|writer|dateline|date|timestamp|published|updated|posted-on|pubdate)([\s_-]|$)/;

/** Markup that names a date or a byline: a <time>, a datetime, itemprop or rel. */
const markedMeta = (el: Element): boolean => el.tagName.toUpperCase() === 'TIME' || el.hasAttribute('datetime') ||
  /date|author/i.test(el.getAttribute('itemprop') ?? '') || /\bauthor\b/.test(el.getAttribute('rel') ?? '');

/** A date, a time or a byline line: never hidden. */
export function isMeta(el: Element): boolean {
  if (markedMeta(el)) return true;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 150) return false;
  const c = classAndId(el).toLowerCase();
  // A box named for the date that also holds the comment count ("date-comments-wrapper": the date, then "47" after
  // a speech bubble) is judged by its parts: the count is furniture, the date stays as a part of its own.
  // An author's box that is or holds a panel a control opens (a "follow" dropdown asking to sign in) is no meta line.
  if (BYLINE_HINT.test(c)) return !el.querySelector(COMMENTS_PART) && !holdsPanel(el);
  // A date in words ("14 October 2025"), on an element of its own: a box with a date in it is judged by its parts.
  return !el.firstElementChild && looksLikeDate(text) && linkShare(el).share < 1;
}


/** Characters of a meta line set in parts. */
const META_LINE_MAX = 150;
/** Characters of a link's text that make a headline (a card's), not an author's name. */
const NAME_LINK_MAX = 30;

/**
 * A meta line set in parts: "dpa · MM-Redaktion · Palma, Mallorca · 15.04.25 09:56" in spans of their own, dated,
 * one of them a byline or the date (an author's box, with no date, is judged by its parts). Kept whole, the
 * dateline's place with it (judged alone, "Palma, Mallorca" would read as nothing and go). A card is none: it has a
 * picture, a heading, a control or a headline's link.
 */
export function isMetaLine(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > META_LINE_MAX || !el.firstElementChild || !looksLikeDate(text)) return false;
  // A control's words ("Listen (03:15 min)" in a button) and a card's line inside its link are none either.
  if (el.closest('a[href], button, [role="button"], label')) return false;
  if (el.querySelector('img, picture, video, iframe, h1, h2, h3, h4, h5, h6, button, input, select, textarea')) return false;
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.some((l) => (l.textContent ?? '').trim().length > NAME_LINK_MAX) || linkShare(el).share >= 0.6) return false;
  return Array.from(el.querySelectorAll('*')).some(isMeta);
}

/**
 * A date line that only its text makes one (no markup nor class names it a date or byline) printing another day than
 * the article's `published`: a date of the page's chrome after the story (MDR's "This topic on air: … | 06.07.2026 |
 * 19:00", a broadcast's), not the story's. With no day known, every date line may be the story's.
 */
export function isOtherDay(el: Element, published: string | null | undefined): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!published || !looksLikeDate(text) || printsDate(text, published)) return false;
  return ![el, ...Array.from(el.querySelectorAll('*'))].some((e) => markedMeta(e) || BYLINE_HINT.test(classAndId(e).toLowerCase()));
}
