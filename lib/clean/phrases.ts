// Boilerplate phrases per language (lib/rules/boilerplate/<lang>.json), compiled once into one pattern per mode and
// reason. A phrase hit is one kind of evidence ("words"), never enough alone to remove a paragraph: every language
// not listed has none, and news quotes these words too. All languages' lists run on every page (the page's
// declared language is often wrong or missing).
import type { RemovalReason } from '../types';
import en from '../rules/boilerplate/en.json';
import de from '../rules/boilerplate/de.json';
import fr from '../rules/boilerplate/fr.json';
import it from '../rules/boilerplate/it.json';
import es from '../rules/boilerplate/es.json';

interface LangPhrases {
  lang: string;
  line?: Record<string, string[]>;
  lead?: Record<string, string[]>;
  contains?: Record<string, string[]>;
  appealWeak?: string[];
  period?: string[];
  counterUnits?: string[];
}
const LANGS: LangPhrases[] = [en, de, fr, it, es];

export type PhraseMode = 'line' | 'lead' | 'contains';
export interface PhraseHit { reason: RemovalReason; mode: PhraseMode; rule: string }

/** Longest block a phrase of each mode applies to (characters): furniture lines are short, news is not. */
export const PHRASE_MAX: Record<PhraseMode, number> = { line: 80, lead: 240, contains: 600 };
/** Contained phrases of these reasons apply to blocks of any length (a long appeal is still an appeal). */
const ANY_LENGTH = new Set<string>(['donation']);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: '*' up to four words, '#' a number. */
const phraseSource = (p: string) => esc(p).replace(/\\\*/g, "(?:[\\p{L}\\p{N}'’.-]+ ?){1,4}").replace(/#/g, '\\d[\\d.,]*');

interface Compiled { reason: RemovalReason; mode: PhraseMode; re: RegExp }
let compiled: Compiled[] | null = null;
let weakRe: RegExp | null = null;
let periodRe: RegExp | null = null;
let unitsRe: RegExp | null = null;

function gather(pick: (l: LangPhrases) => Record<string, string[]> | undefined): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const l of LANGS) for (const [reason, list] of Object.entries(pick(l) ?? {})) by.set(reason, [...(by.get(reason) ?? []), ...list]);
  return by;
}
const alt = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');

function compile(): Compiled[] {
  if (compiled) return compiled;
  const out: Compiled[] = [];
  const WB = '(?<![\\p{L}\\p{N}])', WE = '(?![\\p{L}\\p{N}])';
  for (const [reason, list] of gather((l) => l.line)) out.push({ reason: reason as RemovalReason, mode: 'line', re: new RegExp(`^[\\s«‹←]*(?:${alt(list)})[\\s:|.!?»›→…-]*$`, 'u') });
  for (const [reason, list] of gather((l) => l.lead)) out.push({ reason: reason as RemovalReason, mode: 'lead', re: new RegExp(`^(?:${alt(list)})(?:\\s?[:|»›→]|\\s[-–—]\\s)`, 'u') });
  for (const [reason, list] of gather((l) => l.contains)) out.push({ reason: reason as RemovalReason, mode: 'contains', re: new RegExp(`${WB}(?:${alt(list)})${WE}`, 'u') });
  compiled = out;
  weakRe = new RegExp(`${WB}(?:${alt(LANGS.flatMap((l) => l.appealWeak ?? []))})${WE}`, 'u');
  periodRe = new RegExp(`${WB}(?:${alt(LANGS.flatMap((l) => l.period ?? []))})${WE}`, 'u');
  unitsRe = new RegExp(`^\\d[\\d.,\\s']*[km]?\\s?(?:${alt(LANGS.flatMap((l) => l.counterUnits ?? []))})$`, 'u');
  return out;
}

/** The first phrase a block's normalised text matches (whole line first, then a lead, then anywhere). */
export function phraseHit(norm: string): PhraseHit | null {
  const all = compile();
  for (const mode of ['line', 'lead', 'contains'] as const) {
    for (const c of all) {
      if (c.mode !== mode || (norm.length > PHRASE_MAX[mode] && !(mode === 'contains' && ANY_LENGTH.has(c.reason)))) continue;
      if (c.re.test(norm)) return { reason: c.reason, mode, rule: `phrase:${mode}:${c.reason}` };
    }
  }
  return null;
}

/** Donation vocabulary that news about charity also uses: weaker than an appeal phrase. */
export function weakAppealWords(norm: string): boolean {
  compile();
  return weakRe!.test(norm);
}

/** A period word ("a month", "im Monat") in the text: with an amount, a regular gift or a subscription. */
export function periodWords(norm: string): boolean {
  compile();
  return periodRe!.test(norm);
}

/** A counter with its unit ("1.2k views", "340 Aufrufe"). */
export function counterWithUnit(norm: string): boolean {
  compile();
  return norm.length <= 30 && unitsRe!.test(norm);
}
