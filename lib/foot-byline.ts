// The authors the story's foot names in its credit line: "MDR (Engin Haupt, Alisa Sonntag)", a desk and, in
// brackets, the people who wrote it. The page's metadata often names the first only (its author field holds one
// person), so the byline missed the others. Evidence without words: the line's shape (a short name, then a list of
// names in brackets, nothing else), where it stands (among the last lines of the text) and that it names the byline's
// own author: then the others it names wrote the story too.
import { oneLine } from './chars';
import { rulesFor } from './rules/languages';

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

// A signature among the story's last lines: the writer's name and role, then an e-mail address ("정덕현 칼럼니스트
// jdh@…", "칼럼니스트 박생강 pg@…"). The address says it is a signature; the role word (the language's press words,
// lib/rules/) tells the name from it.
const SIGNED = /^(.{2,40}?)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const SIGN_LINES = 6;
/** A word of a name: a capital first in a cased script, any letters in a script without case. */
const NAME_WORD = /^(?:\p{Lu}|[^\p{Lu}\p{Ll}\P{L}])[\p{L}'’.-]*$/u;

/** The name a signature at the story's foot gives, for a page whose byline names no one. */
export function footSignature(body: Element, lang: string | null): string | null {
  const press = rulesFor(lang).pressWords;
  if (!press.size) return null;
  for (const p of Array.from(body.getElementsByTagName('p')).slice(-SIGN_LINES).reverse()) {
    const m = SIGNED.exec(oneLine(p.textContent ?? ''));
    if (!m) continue;
    const words = m[1]!.split(' ');
    const name = words.filter((w) => !press.has(w.toLowerCase()));
    if (words.length - name.length === 1 && name.length >= 1 && name.length <= 3 && name.every((w) => NAME_WORD.test(w))) return name.join(' ');
  }
  return null;
}

