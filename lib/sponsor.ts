// A line beside the headline that discloses who paid for or partnered on the story ("En partenariat avec The
// European Commission", "Sponsored by Acme"): part of the story's byline information, like the byline and the date.
// The live page never hides it (lib/page/plan.ts) and the reader and the exports show it (Article.sponsor).
// Evidence: where it stands (beside the headline, the caller's part), the page's own declaration that the story is
// sponsored (a `sponsored` meta tag, a `sponsor` in the story's JSON-LD), the line's shape (a label and the party
// named in an element of its own), class names (sponsor, partner) and the words it starts with, per language in
// lib/rules/sponsor-lines.json. Words or class names alone never make one: an advert box says "sponsored" too.
import RULES from './rules/sponsor-lines.json';
import { classWords } from './clean/markup';
import { ldSponsor } from './json-ld';
import { oneLine } from './chars';
import { nextOutside } from './dom';

/** A disclosure is a line: a label and a name or two, not a paragraph. */
const LINE_MAX = 120;
const WORDS_MAX = 16;
/** Longest first, so that "sponsored by" is read before "sponsored". */
const PHRASES = [...Object.values(RULES.phrases), ...Object.values(RULES.labels)].flat().sort((a, b) => b.length - a.length);
/** Phrases that name no payer by themselves or often introduce a host ("Sponsored", "Presented by"): an element
 * after them is no evidence (an advert slot, a presenter's name). */
const LABELS: ReadonlySet<string> = new Set(Object.values(RULES.labels).flat());
/** What may follow a phrase: the end, a space or a separator (not more letters: "supportedly"). */
const PHRASE_END = /^$|^[\s:|,.\u2013\u2014-]/;
const SPONSOR_CLASS = /^(sponsor|partner|advertorial|paid)/;
const NOT_A_LINE = 'h1, h2, h3, h4, h5, h6, iframe, form, input, button, ul, ol, table';
const PARTY = 'b, strong, em, a, img, span';


/** The disclosure words the line starts with, in any language of the list, or null. */
export function disclosurePhrase(text: string): string | null {
  const t = oneLine(text).toLowerCase().replace(/^[[(|\u2013\u2014-]+\s*/, '');
  return PHRASES.find((p) => t.startsWith(p) && PHRASE_END.test(t.slice(p.length))) ?? null;
}

/**
 * Whether the page declares itself sponsored: a `sponsored` (or `sponsor`) meta tag that is not "no", or a sponsor
 * in the story's JSON-LD (`ld`, read by the caller).
 */
export function declaresSponsor(doc: Document, ld: readonly unknown[]): boolean {
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase().replace(/^\w+:/, '');
    if ((name === 'sponsored' || name === 'sponsor') && !/^(no|false|0|)$/i.test((m.getAttribute('content') ?? '').trim())) return true;
  }
  return !!ldSponsor(ld);
}

/** The party named in an element of its own after the label (a bold name, a link, a logo). */
function namesParty(el: Element, text: string): boolean {
  return Array.from(el.querySelectorAll(PARTY)).some((p) => {
    const own = p.tagName.toUpperCase() === 'IMG' ? p.getAttribute('alt') ?? '' : oneLine(p.textContent ?? '');
    return !!own && own !== text && !disclosurePhrase(own);
  });
}

const sponsorClass = (el: Element): boolean => [el, ...Array.from(el.children)].some((e) => classWords(e).some((w) => SPONSOR_CLASS.test(w)));

/**
 * Whether `el`, an element beside the headline, is a sponsorship disclosure. Its words with one more kind of
 * evidence (the page's declaration, the party named apart, class names); without its words, the page's
 * declaration and class names both.
 */
export function isSponsorLine(el: Element, declared: boolean): boolean {
  const text = oneLine(el.textContent ?? '');
  if (!text || text.length > LINE_MAX || text.split(' ').length > WORDS_MAX || el.matches(NOT_A_LINE) || el.querySelector(NOT_A_LINE)) return false;
  const phrase = disclosurePhrase(text);
  if (phrase) return declared || sponsorClass(el) || (!LABELS.has(phrase) && namesParty(el, text));
  return declared && sponsorClass(el);
}

/** Elements of the header looked at after the headline, at most; a paragraph this long is the story's body. */
const HEADER_ELEMENTS = 60;
const BODY_TEXT = 200;


/**
 * The disclosure line after the page's headline, before its body starts: its text, or null. Of a box that holds it
 * with more, the innermost element that still names the party.
 */
export function findSponsorLine(headline: Element | null, declared: boolean): string | null {
  let el = headline && nextOutside(headline);
  for (let n = 0; el && n < HEADER_ELEMENTS; n++) {
    if (/^H[1-3]$/.test(el.tagName.toUpperCase())) return null;
    if (isSponsorLine(el, declared)) {
      let best = el;
      const inner = (c: Element) => isSponsorLine(c, declared) && oneLine(c.textContent ?? '').length > (disclosurePhrase(c.textContent ?? '') ?? '').length + 1;
      for (let c = Array.from(best.children).find(inner); c; c = Array.from(best.children).find(inner)) best = c;
      return oneLine(best.textContent ?? '');
    }
    if (el.tagName.toUpperCase() === 'P' && oneLine(el.textContent ?? '').length > BODY_TEXT) return null;
    el = el.firstElementChild ?? nextOutside(el);
  }
  return null;
}
