// The standfirst (dek): the sentence or two under the headline that sums up the story. Sites set it in the header
// box beside the text's container, and Readability, which keeps the container, leaves it out. It is recognised by
// evidence that does not depend on the language: the page states it twice, once as its description (meta
// description, og:description) and once as an element near the headline. Found before Readability runs, on the
// working copy, and given beside the article (the reader and the exports show it under the headline) when the
// extracted body does not hold it. It is not put into the body: the body is what the page's story text is.
import { afterHeadline, eachElement } from './dom';

/** Shorter descriptions are labels ("News", a site's slogan), not a standfirst. */
const MIN_CHARS = 40;
/** Longer ones are the story's text, which the body holds. */
const MAX_CHARS = 600;
/** Elements read after the headline, at most: the standfirst stands near the top. */
const LOOK_AHEAD = 60;
/** How much of the body's start is compared with the standfirst (it is often the lead paragraph again). */
const BODY_START = 3000;
/** Elements read as standfirst candidates. */
const CANDIDATES = new Set(['H2', 'H3', 'P', 'DIV']);
/** A <div> holding one of these is a box, not a standfirst. */
const BOX_CHILDREN = new Set(['P', 'DIV', 'H2', 'H3', 'UL', 'OL', 'TABLE']);
/** Inside these (or an element of these roles) text is navigation, a caption or a link, not the standfirst. */
const OUTSIDE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'A']);
const OUTSIDE_ROLES = new Set(['navigation', 'complementary']);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A description a site cut short ("… the council said…") matches the element's text up to the cut. */
const cut = (s: string) => s.replace(/\s*(\.\.\.|…)$/, '');

function matches(text: string, description: string): boolean {
  const t = norm(text), d = cut(norm(description));
  return t.length >= MIN_CHARS && t.length <= MAX_CHARS && d.length >= MIN_CHARS && (t === d || (d.length >= t.length * 0.8 && t.startsWith(d)));
}

/**
 * The standfirst's text: the first element after the <h1> whose own text is the page's description, or null.
 * Only leaf-like blocks count (a <p>, a heading, a <div> without block children), so a box holding the standfirst
 * and more is not taken for it.
 */
export function findStandfirst(doc: Document, description: string | null): string | null {
  if (!description || norm(description).length < MIN_CHARS) return null;
  for (const el of afterHeadline(doc, CANDIDATES, LOOK_AHEAD)) {
    if (el.tagName.toUpperCase() === 'DIV' && hasDescendant(el, BOX_CHILDREN)) continue;
    const text = el.textContent ?? '';
    if (matches(text, description) && !insideOutside(el)) return text.replace(/\s+/g, ' ').trim();
  }
  return null;
}

function hasDescendant(el: Element, tags: ReadonlySet<string>): boolean {
  let found = false;
  eachElement(el, (d) => { if (d !== el && tags.has(d.tagName.toUpperCase())) found = true; return !found; });
  return found;
}

/** Whether `el` or an ancestor is navigation, complementary, a figure or a link (as `closest()` would say). */
function insideOutside(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (OUTSIDE_TAGS.has(e.tagName.toUpperCase()) || OUTSIDE_ROLES.has(e.getAttribute('role') ?? '')) return true;
  return false;
}

/** The standfirst, unless the extracted body's start already says it (then it is the lead paragraph). */
export function standfirstOutside(body: Element, standfirst: string | null): string | null {
  if (!standfirst) return null;
  return norm((body.textContent ?? '').slice(0, BODY_START)).includes(norm(standfirst)) ? null : standfirst;
}
