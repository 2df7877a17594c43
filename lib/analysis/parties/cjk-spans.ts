// The tagger's spans in scripts written without spaces (Han, kana) mend where their edges cut or glue a character,
// from evidence that does not depend on the language's words: where the script changes, what the text writes in
// brackets right after a name, and how the text writes the same name elsewhere.
// - A span that runs from a Latin name into one Han character the text does not write after that name elsewhere
//   ("NASA宇航员" beside "NASA发言人") glued the next word's first character; a Latin name of several words glued
//   to Han ("美国The Next Web") is a name of its own. (An acronym with a Han head, "JR東海", "光州FC", is one name.)
// - A span that ends at a transliteration dot, the name's other parts and its bracketed Latin original of as many
//   words after it ("斯蒂芬妮|·席尔霍尔茨(Stephanie Schierholz)"), is the whole name. (A page whose encoding lost the
//   dot writes "?" between the parts: between Han characters, before such a bracket, it is that dot.)
// - A span that stops a character or two short of a bracket holding a Latin name ("尼尔·阿姆斯特|朗(Neil Armstrong)")
//   ends at the bracket: the original spelling follows the whole name.
// - A span the text writes longer elsewhere as a name, at this very place ("尔霍尔茨" inside "席尔霍尔茨"), is that
//   name; a span whose last character is all that parts it from the surname of a transliterated name
//   ("阿姆斯特朗登" beside "尼尔·阿姆斯特朗") glued that character. (A Han name with a head, "重慶市" beside
//   "重慶", keeps it: a head is no glued character.)

import type { EntitySpan } from '../entities';

const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF]/;
const LATIN = /[A-Za-z]/;
/** The dots a transliterated name joins its parts with. */
const DOT = /[·‧・]/;
/** The dots, and a "?" between two CJK characters (a dot an encoding lost). */
const NAME_DOTS = /[·‧・]|(?<=[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF])\?(?=[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF])/;
/** A Latin name in brackets, from the bracket on. */
const BRACKETED = /^[(（]([A-Za-z][A-Za-z.'’-]*(?: [A-Za-z][A-Za-z.'’-]*)*)[)）]/;
/** At most this many characters of a name's run may be left between a span and the bracket of its original. */
const TO_BRACKET = 2;

/** Mend the tagger's spans of a text in an unspaced script (spans in other scripts are returned as they are). */
export function mendCjkSpans(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  if (!spans.some((e) => CJK.test(text.slice(e.start, e.end)))) return [...spans];
  const split = spans.flatMap((e) => scriptParts(text, e)).map((e) => toBracket(text, wholeDotted(text, e)));
  return consistent(text, split);
}

/** A span of a Latin name and CJK characters, cut where the script changes when the Latin name stands alone (see
 * the top of the file). */
function scriptParts(text: string, e: EntitySpan): EntitySpan[] {
  const s = text.slice(e.start, e.end);
  if (!CJK.test(s) || !LATIN.test(s)) return [e];
  const glued = LATIN_THEN_ONE.exec(s) ?? ONE_THEN_LATIN.exec(s);
  if (glued) {
    const latin = glued[1]!, at = s.indexOf(latin), ch = s.length === latin.length + 1 ? s.replace(latin, '') : '';
    return ch && writtenWithout(text, latin, ch) ? [{ ...e, start: e.start + at, end: e.start + at + latin.length }] : [e];
  }
  const parts = [...s.matchAll(PARTS)].map((m) => ({ t: m[0].trim(), at: m.index + m[0].indexOf(m[0].trim()) }));
  if (!parts.some((p) => LATIN.test(p.t) && p.t.includes(' '))) return [e];
  // (a Latin part is a name when a capital marks it; a CJK part of one character is a word's end)
  return parts.filter((p) => (CJK.test(p.t) ? p.t.length >= 2 : /[A-Z]/.test(p.t))).map((p) => ({ ...e, start: e.start + p.at, end: e.start + p.at + p.t.length }));
}
const LATIN_THEN_ONE = /^([A-Za-z][A-Za-z0-9]*)[\u3400-\u9FFF]$/;
const ONE_THEN_LATIN = /^[\u3400-\u9FFF]([A-Za-z][A-Za-z0-9]*)$/;
const PARTS = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF·‧・]+|[^\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7AF·‧・]+/g;

/** The text writes the Latin word elsewhere as a word of its own, without the character beside it here. */
function writtenWithout(text: string, latin: string, ch: string): boolean {
  for (let i = text.indexOf(latin); i >= 0; i = text.indexOf(latin, i + 1)) {
    const before = text[i - 1] ?? '', after = text[i + latin.length] ?? '';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after) && before !== ch && after !== ch) return true;
  }
  return false;
}

/** A transliteration dot at text[i] (see NAME_DOTS). */
const dotAt = (text: string, i: number) => DOT.test(text[i] ?? '') || (text[i] === '?' && CJK.test(text[i - 1] ?? '') && CJK.test(text[i + 1] ?? ''));

/** "斯蒂芬妮|·席尔霍尔茨(Stephanie Schierholz)": a span ending at a dot grows over the name's other parts when a
 * bracketed Latin name of as many words follows them. */
function wholeDotted(text: string, e: EntitySpan): EntitySpan {
  if (!dotAt(text, e.end)) return e;
  let k = e.end;
  while (k < text.length && (CJK.test(text[k]!) || dotAt(text, k))) k++;
  const m = BRACKETED.exec(text.slice(k, k + 80));
  if (!m || text.slice(e.start, k).split(NAME_DOTS).length !== m[1]!.split(' ').length) return e;
  return { ...e, type: 'PER', end: k };
}

/** "尼尔·阿姆斯特朗(Neil Armstrong)": a span a character or two short of a bracketed Latin name ends at the bracket. */
function toBracket(text: string, e: EntitySpan): EntitySpan {
  if (!CJK.test(text[e.end - 1] ?? '')) return e;
  let k = e.end;
  while (k - e.end < TO_BRACKET && CJK.test(text[k] ?? '')) k++;
  if (k === e.end || !/[(（]/.test(text[k] ?? '') || !LATIN.test(text[k + 1] ?? '')) return e;
  return { ...e, end: k };
}

/** Spans mended by the names the text writes elsewhere (see the top of the file). */
function consistent(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  // each name with the type of its surest span (a dotted name's part takes the whole name's)
  const names = new Map<string, EntitySpan>(), surnames = new Map<string, EntitySpan>();
  const add = (to: Map<string, EntitySpan>, n: string, e: EntitySpan) => { const had = to.get(n); if (!had || had.score < e.score) to.set(n, e); };
  for (const e of spans) {
    const s = text.slice(e.start, e.end);
    add(names, s, e);
    // (the parts of a transliterated name are names of their own: "阿姆斯特朗" of "尼尔·阿姆斯特朗")
    const parts = s.split(NAME_DOTS);
    for (const part of parts) if (part.length >= 2 && parts.length > 1) add(names, part, e);
    if (parts.length > 1 && parts[parts.length - 1]!.length >= 2) add(surnames, parts[parts.length - 1]!, e);
  }
  // (a person's name the tagger reads twice or more: "李博灏" beside "李博灏希" of "李博灏希望", the verb's first
  // character glued to a person's span; a person's name takes no head)
  const people = new Map<string, EntitySpan>(), seen = new Map<string, number>();
  for (const e of spans) {
    const s = text.slice(e.start, e.end), k = (seen.get(s) ?? 0) + 1;
    seen.set(s, k);
    if (e.type === 'PER' && k >= 2) add(people, s, e);
  }
  const mended = spans.map((e) => longer(text, e, names) ?? unglued(text, e, surnames) ?? (e.type === 'PER' ? unglued(text, e, people) : null) ?? e).sort((a, b) => a.start - b.start || b.end - a.end);
  // (two spans mended into one name are one mention)
  return mended.filter((e, i) => !mended.slice(0, i).some((x) => x.start < e.end && e.start < x.end));
}

/** The longest name of the text that covers the span where it stands, or null. */
function longer(text: string, e: EntitySpan, names: ReadonlyMap<string, EntitySpan>): EntitySpan | null {
  const s = text.slice(e.start, e.end);
  let best: EntitySpan | null = null;
  for (const [n, by] of names) {
    if (n.length <= s.length || !n.includes(s)) continue;
    for (let i = n.indexOf(s); i >= 0; i = n.indexOf(s, i + 1)) {
      const start = e.start - i, end = start + n.length;
      if (start >= 0 && text.slice(start, end) === n && (!best || n.length > best.end - best.start)) best = { ...e, type: by.type, start, end };
    }
  }
  return best;
}

/** The span without a last character that parts it from a transliterated name's surname (or from a person's name
 * the tagger reads twice or more), or null. */
function unglued(text: string, e: EntitySpan, surnames: ReadonlyMap<string, EntitySpan>): EntitySpan | null {
  const s = text.slice(e.start, e.end);
  if (s.length < 3 || DOT.test(s) || !CJK.test(s[s.length - 1]!)) return null;
  const full = surnames.get(s.slice(0, -1));
  return full ? { ...e, type: full.type, end: e.end - 1 } : null;
}
