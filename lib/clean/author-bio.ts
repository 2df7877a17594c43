// The author's note at the foot of a story ("Jane Doe is a producer filing stories on …"): about who wrote it, not
// part of it. Known without any language's words: by the page's own metadata (schema.org's description of the
// author, which the note repeats), or by the byline's name among its first words in a note set wholly in emphasis.
import { jsonLd } from '../json-ld';
import { foldedWords } from '../chars';

/** Words a note may put before the author's name ("Korrespondent Ulrich Exner ist …", "Der Berliner Imam …"). */
const NAME_WITHIN = 8;
/** A note is a few sentences: a longer block is the story's. */
export const NOTE_MAX = 700;
/** Share of the text in emphasis that sets the whole block apart (a trailing "here" link may stand outside). */
const EMPHASIS_SHARE = 0.9;
/** Shortest text compared with a description: a few words match by chance. */
const ABOUT_MIN = 40;

/** An author description from the page's metadata, as compared: folded words joined by spaces. */
export const foldAbout = (s: string): string => foldedWords(s).join(' ');

/** The block repeats (or holds) the page metadata's description of an author, compared on folded words. */
export function repeatsAuthorAbout(text: string, about: readonly string[]): boolean {
  if (!about.length) return false;
  const w = foldAbout(text);
  return w.length >= ABOUT_MIN && about.some((d) => d.includes(w) || (d.length >= ABOUT_MIN && w.includes(d)));
}

/** The block names the author among its first words and is set wholly in emphasis (<em>, <i>, <b>, <strong>). */
export function emphasisedAuthorNote(el: Element, text: string, author: readonly string[]): boolean {
  if (!author.length || text.length > NOTE_MAX) return false;
  const first = foldedWords(text).slice(0, NAME_WITHIN + author.length);
  return author.every((w) => first.includes(w)) && emphasisShare(el) >= EMPHASIS_SHARE;
}

const EMPHASIS = new Set(['EM', 'I', 'B', 'STRONG']);

/** Share of the element's letters and digits that stand inside emphasis. */
export function emphasisShare(el: Element): number {
  let all = 0, emph = 0;
  const walk = (n: Node, inside: boolean) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { const k = (c.nodeValue ?? '').replace(/[^\p{L}\p{N}]/gu, '').length; all += k; if (inside) emph += k; }
      else if (c.nodeType === 1) walk(c, inside || EMPHASIS.has((c as Element).tagName.toUpperCase()));
    }
  };
  walk(el, EMPHASIS.has(el.tagName.toUpperCase()));
  return all ? emph / all : 0;
}

/**
 * The descriptions of a page's authors in its JSON-LD: `description` of whatever an `author` or `creator` names, or
 * of a Person standing by itself in the data (a graph's author entry); a Person the story is about is none. Read
 * before Readability, which takes the scripts out.
 */
export function authorDescriptions(doc: Document, data: readonly unknown[] = jsonLd(doc)): string[] {
  const out: string[] = [];
  for (const d of data) collect(d, 'top', out);
  return out.map(foldAbout).filter((d) => d.length >= ABOUT_MIN);
}

/** Where an object stands: at the top of the data (or its @graph), under an author's key, or elsewhere. */
type Place = 'top' | 'author' | 'other';

function collect(o: unknown, place: Place, out: string[], depth = 0): void {
  if (!o || typeof o !== 'object' || depth > 8 || out.length >= 8) return;
  if (Array.isArray(o)) { for (const v of o) collect(v, place, out, depth + 1); return; }
  const r = o as Record<string, unknown>;
  const type = r['@type'];
  const person = type === 'Person' || (Array.isArray(type) && type.includes('Person'));
  if ((place === 'author' || (person && place === 'top')) && typeof r.description === 'string') out.push(r.description.replace(/<[^>]*>/g, ' '));
  for (const [k, v] of Object.entries(r)) {
    if (v && typeof v === 'object') collect(v, k === 'author' || k === 'creator' ? 'author' : k === '@graph' ? 'top' : 'other', out, depth + 1);
  }
}
