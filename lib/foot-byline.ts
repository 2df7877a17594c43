// The authors the story's foot names in its credit line: "MDR (Engin Haupt, Alisa Sonntag)", a desk and, in
// brackets, the people who wrote it. The page's metadata often names the first only (its author field holds one
// person), so the byline missed the others. Evidence without words: the line's shape (a short name, then a list of
// names in brackets, nothing else), where it stands (among the last lines of the text) and that it names the byline's
// own author: then the others it names wrote the story too.
import { oneLine } from './chars';

/** Lines from the body's end where the credit stands at most (a photo credit or a notice may follow it). */
const FOOT_LINES = 3;
/** A credit line: the desk (a short name), then the names in brackets, and nothing after. */
const CREDIT = /^([^()]{1,40})\(([^()]{3,200})\)$/u;
/** A person's name: two to four words, each opening with a capital (any cased script). */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u;

/** The names in the body's foot credit, when it is one (empty: none). */
function footNames(body: Element): string[] {
  const lines = Array.from(body.getElementsByTagName('p')).slice(-FOOT_LINES).reverse();
  for (const p of lines) {
    const m = CREDIT.exec(oneLine(p.textContent ?? ''));
    if (!m) continue;
    const names = m[2]!.split(/\s*[,/]\s*/).map((n) => n.trim());
    if (names.length >= 2 && names.every((n) => NAME.test(n))) return names;
  }
  return [];
}

/** The byline with the other authors the foot credit names, when it names the byline's own (else the byline). */
export function withFootAuthors(byline: string | null, body: Element): string | null {
  if (!byline) return byline;
  const names = footNames(body);
  if (!names.some((n) => byline.includes(n))) return byline;
  const more = names.filter((n) => !byline.includes(n));
  return more.length ? `${byline}, ${more.join(', ')}` : byline;
}
