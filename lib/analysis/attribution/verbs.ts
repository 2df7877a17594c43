// Verbs of saying as patterns, per language: the forms that introduce or follow a quotation, "according to X", and
// the verb matches of a stretch of text without the nouns that share their spelling ("his reports").

import type { Rules } from '../../rules/languages';
import { rulesFor } from '../../rules/languages';

export interface Verbs {
  /** Any verb of saying (global). */
  say: RegExp;
  /** Verbs of saying and verbs that frame a fragment ("called it “…”") (global). */
  any: RegExp;
  /** A verb of saying at the start, with an auxiliary before it ("a déclaré", "hat gesagt"). */
  sayStart: RegExp;
  /** Words that attribute only right after a quotation ("so Höcke"), at the start. */
  afterQuote: RegExp | null;
  /** "according to" (global), the speaker after it. */
  according: RegExp;
  /** ", he said" or ", Smith said" closing the sentence later on. */
  late: RegExp;
}

const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|') || '(?!)';
/** No letter, digit, apostrophe or hyphen before or after: a whole word. */
const B = '(?<![\\p{L}\\p{N}’\'-])', E = '(?![\\p{L}\\p{N}-])';
/** Scripts written without spaces need no word boundaries. */
const NO_SPACES = new Set(['ja', 'zh', 'ko', 'th']);

const cache = new Map<string, Verbs>();

export function verbsFor(rules: Rules): Verbs {
  const hit = cache.get(rules.lang);
  if (hit) return hit;
  const en = rules.known ? null : rulesFor('en');
  const say = [...rules.say, ...(en?.say ?? [])], frame = [...rules.frame, ...(en?.frame ?? [])];
  const [b, e] = NO_SPACES.has(rules.lang) ? ['', ''] : [B, E];
  const pron = alt([...rules.pronouns.keys()].filter((p) => rules.pronouns.get(p) !== 'x'));
  const v: Verbs = {
    say: new RegExp(`${b}(?:${alt(say)})${e}`, 'giu'),
    any: new RegExp(`${b}(?:${alt([...say, ...frame])})${e}`, 'giu'),
    sayStart: new RegExp(`^(?:(?:${alt(rules.auxiliaries)})\\s+)?(?:${alt(say)})${e}`, 'iu'),
    afterQuote: rules.afterQuote.length ? new RegExp(`^(?:${alt(rules.afterQuote)})${e}`, 'iu') : null,
    according: new RegExp(`${b}(?:${alt([...rules.according, ...(en?.according ?? [])])})${e}\\s*`, 'giu'),
    late: new RegExp(`,\\s+((?:${pron}|[\\p{Lu}][\\p{L}’'.-]+(?:\\s+[\\p{Lu}][\\p{L}’'.-]+){0,2}))\\s+(?:${alt(say)})${e}\\s*(?:[,.;!?]|$)`, 'u'),
  };
  cache.set(rules.lang, v);
  return v;
}

/** The word (letters and apostrophes) that ends right before `pos`, lower case, or ''. */
export function wordBefore(s: string, pos: number): string {
  return /([\p{L}’']+)\s+$/u.exec(s.slice(Math.max(0, pos - 40), pos))?.[1]?.toLowerCase() ?? '';
}

const POSSESSOR = /^(his|her|its|their|the|a|an|our|my|your|these|those|this|that|whose|le|la|les|der|die|das|il|el|sein|seine|ihr|ihre|son|sa|ses|su|sus)$/;

/** Verb matches in s, without nouns ("his reports", "the claims") and names ("the United States"). */
export function verbMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},]\s*$/u.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    const prev = wordBefore(s, m.index);
    if (POSSESSOR.test(prev) || /['’]s$/.test(prev)) continue;
    out.push(m);
  }
  return out;
}
