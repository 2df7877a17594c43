// A quotation split by an attribution written inside its marks (« A, explique X, président. B. »): two parts, each
// with the inner attribution, so that both get its speaker.

import { rulesFor } from '../../rules/languages';
import { QUOTE_LIMITS } from '../weights';
import { trimSpan } from './marks';
import { LETTER } from '../letters';
import { escapeRegExp } from '../../chars';
import type { RawQuote } from './find';
import { lastWord } from '../text/props';

const escape = (v: string) => escapeRegExp(v).replace(/ /g, '\\s+');

// Verbs too common to mark an incise on their own ("so", "note" in French is also a noun).
const WEAK = /^(?:so|dit|dice|note|lance|read|reads)$/;
const cache = new Map<string, { re: RegExp; dot: RegExp }>();

/** ", explique Loïc Quéméner, président de l’UPCA. " / ", a confié M. Berthier. " / ", dit-il, " */
function inciseRe(lang: string): { re: RegExp; dot: RegExp } {
  const hit = cache.get(lang);
  if (hit) return hit;
  const verbs = new Set<string>();
  for (const l of ['fr', 'it', 'es', 'pt', lang]) for (const v of rulesFor(l).say) if (!WEAK.test(v)) verbs.add(v.replace(/^(?:a|avait|ha|había|tem|aveva) /, ''));
  const alt = [...verbs].sort((a, b) => b.length - a.length).map(escape).join('|');
  const max = QUOTE_LIMITS.inciseMaxChars;
  const re = new RegExp(
    `([,?!…])\\s+((?:(?:a|avait|ha|había|aveva)\\s+)?(?:${alt}|dit|dice)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?)(?!${LETTER}|-)`
    + `((?:M\\.|Mme\\.|Mr\\.|Dr\\.|St\\.|[^.?!«»“”„"]){0,${max}}?)([.,;])\\s+(?=${LETTER})`,
    'g',
  );
  const out = { re, dot: new RegExp(re.source.replace('([.,;])', '([.])'), 'u') };
  cache.set(lang, out);
  return out;
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
  const { re, dot: dotRe } = inciseRe(lang);
  const inner = text.slice(q.start, q.end);
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
