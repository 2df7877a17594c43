// A quotation split by an attribution written inside its marks (« A, explique X, président. B. »): two parts, each
// with the inner attribution, so that both get its speaker.

import { rulesFor } from '../../rules/languages';
import { QUOTE_LIMITS } from '../weights';
import { trimSpan } from './marks';
import { LETTER } from '../letters';
import { escapeRegExp } from '../../chars';
import type { RawQuote } from './find';
import { isSpaceCode, lastWord } from '../text/props';

const escape = (v: string) => escapeRegExp(v).replace(/ /g, '\\s+');

// Verbs too common to mark an incise on their own ("so", "note" in French is also a noun).
const WEAK = /^(?:so|dit|dice|note|lance|read|reads)$/;
/** The incise pattern of a language (made at its first use: its alternation of five languages' verbs of saying cost
 * ~14 ms to compile on a cold page), and what it needs: the first word of each verb, and the longest. */
interface Incise { verbs: string[]; first: Set<string>; longest: number; re?: { re: RegExp; dot: RegExp } }
const cache = new Map<string, Incise>();
/** The auxiliaries the pattern takes before a verb ("a confié"). */
const AUXILIARIES = new Set(['a', 'avait', 'ha', 'había', 'aveva']);

function inciseOf(lang: string): Incise {
  const hit = cache.get(lang);
  if (hit) return hit;
  const set = new Set<string>();
  for (const l of ['fr', 'it', 'es', 'pt', lang]) for (const v of rulesFor(l).say) if (!WEAK.test(v)) set.add(v.replace(/^(?:a|avait|ha|había|tem|aveva) /, ''));
  const verbs = [...set, 'dit', 'dice'], first = new Set(verbs.map((v) => v.split(' ')[0]!));
  const out = { verbs, first, longest: Math.max(...[...first].map((w) => w.length)) };
  cache.set(lang, out);
  return out;
}

/** ", explique Loïc Quéméner, président de l’UPCA. " / ", a confié M. Berthier. " / ", dit-il, " */
function inciseRe(inc: Incise): { re: RegExp; dot: RegExp } {
  if (inc.re) return inc.re;
  const alt = inc.verbs.slice(0, -2).sort((a, b) => b.length - a.length).map(escape).join('|');
  const max = QUOTE_LIMITS.inciseMaxChars;
  const re = new RegExp(
    `([,?!…])\\s+((?:(?:a|avait|ha|había|aveva)\\s+)?(?:${alt}|dit|dice)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?)(?!${LETTER}|-)`
    + `((?:M\\.|Mme\\.|Mr\\.|Dr\\.|St\\.|[^.?!«»“”„"]){0,${max}}?)([.,;])\\s+(?=${LETTER})`,
    'g',
  );
  inc.re = { re, dot: new RegExp(re.source.replace('([.,;])', '([.])'), 'u') };
  return inc.re;
}

/** The language's incise pattern (for the test of its necessary condition). */
export const incisePattern = (lang: string): RegExp => inciseRe(inciseOf(lang)).re;

/** The pattern's necessary condition, by a scan: a comma, question or exclamation mark or ellipsis, white space, then
 * (after an auxiliary and white space, or not) a word that opens with the first word of a verb. Most quotations of
 * most languages hold none, and their pages need not compile the pattern. */
export function mayHoldIncise(inner: string, lang: string): boolean {
  const inc = inciseOf(lang);
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== ',' && c !== '?' && c !== '!' && c !== '…') continue;
    let k = i + 1;
    if (!isSpaceCode(inner.charCodeAt(k))) continue;
    while (isSpaceCode(inner.charCodeAt(k))) k++;
    for (let hops = 0; hops < 2; hops++) {
      let e = k;
      while (e < inner.length && !isSpaceCode(inner.charCodeAt(e))) e++;
      for (let n = 1; n <= Math.min(e - k, inc.longest); n++) if (inc.first.has(inner.slice(k, k + n))) return true;
      if (!AUXILIARIES.has(inner.slice(k, e)) || !isSpaceCode(inner.charCodeAt(e))) break;
      k = e;
      while (isSpaceCode(inner.charCodeAt(k))) k++;
    }
  }
  return false;
}

/** Split « A, explique X, président. B. » into A and B, each carrying the inner attribution. */
export function splitIncises(text: string, quotes: RawQuote[], lang: string): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of quotes) {
    const mark = text[q.open];
    if (lang === 'en' && mark !== '«' && mark !== '»') { out.push(q); continue; }
    out.push(...splitOne(text, q, lang));
  }
  return out;
}

function splitOne(text: string, q: RawQuote, lang: string): RawQuote[] {
  const inner = text.slice(q.start, q.end);
  if (!mayHoldIncise(inner, lang)) return [q];
  const { re, dot: dotRe } = inciseRe(inciseOf(lang));
  re.lastIndex = 0;
  let m = re.exec(inner);
  if (m && m[4] === ',') {
    // ", explique X, président de l’UPCA. B": the attribution runs to the full stop when one follows soon
    const dot = dotRe.exec(inner.slice(m.index));
    if (dot && dot.index === 0 && dot[3]!.length <= QUOTE_LIMITS.inciseMaxChars) m = Object.assign(dot, { index: m.index }) as RegExpExecArray;
  }
  if (!m || m.index < 3 || adjectiveList(inner.slice(0, m.index), m[3]!, lang)) return [q];
  // The attribution must name somebody (a capitalised word, or a pronoun form like dit-il).
  if (m[3] === m[3]!.toLowerCase() && !/-(?:t-)?(?:il|elle|on)$/.test(m[2]!)) return [q];
  const cut = q.start + m.index + m[1]!.length;
  const incStart = q.start + m.index + m[0].indexOf(m[2]!);
  const incEnd = q.start + m.index + m[0].trimEnd().length - 1;
  const [a1, b1] = trimSpan(text, q.start, cut);
  const [a2, b2] = trimSpan(text, q.start + m.index + m[0].length, q.end);
  const incise = { start: incStart, end: incEnd };
  const parts: RawQuote[] = [{ ...q, start: a1, end: b1, close: cut, incise }];
  if (b2 > a2) parts.push({ ...q, start: a2, end: b2, open: incEnd, incise, afterIncise: true });
  return parts;
}

const ADJ_NOUN = /^\s*(\p{Ll}+)\s+\p{Lu}/u;

/** „Diese martialischen, betont männlichen Auftritte“: where every noun is capitalised, an inflected adjective before
 * the comma and another right after the verb form, before a noun, are one list of adjectives ("betont" is an adverb
 * there), not an incise. */
function adjectiveList(before: string, after: string, lang: string): boolean {
  const rules = rulesFor(lang);
  if (!rules.nounsCapitalised) return false;
  const inflected = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w) && rules.adjectiveInflections.some((e) => w.length > e.length + 3 && w.endsWith(e));
  return inflected(lastWord(before)) && inflected(ADJ_NOUN.exec(after)?.[1]);
}
