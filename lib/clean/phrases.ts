// Boilerplate phrases per language (lib/rules/boilerplate/<lang>.json), looked up in tables built from them at build
// time (lib/rules/clean-tables.json, scripts/gen-clean-tables.mjs). A phrase hit is one kind of evidence ("words"),
// never enough alone to remove a paragraph: every language not listed has none, and news quotes these words too. All
// languages' lists run on every page (the page's declared language is often wrong or missing).
import type { RemovalReason } from '../types';
import { LETTER_CHAR, escapeRegExp, isWordChar, wordRuns } from '../chars';
import TABLES from '../rules/clean-tables.json';
import type { Entry, PhraseTables } from './clean-tables';

export type PhraseMode = 'line' | 'lead' | 'contains';
export interface PhraseHit { reason: RemovalReason; mode: PhraseMode; rule: string }

/** Longest block a phrase of each mode applies to (characters): furniture lines are short, news is not. */
export const PHRASE_MAX: Record<PhraseMode, number> = { line: 80, lead: 240, contains: 600 };
/** Contained phrases of these reasons apply to blocks of any length (a long appeal is still an appeal). */
const ANY_LENGTH = new Set<string>(['donation']);

/** A phrase as a pattern: '*' up to four words, '#' a number. No Unicode classes: they are slow to compile, and
 * word boundaries are checked by hand (wordChar) where a phrase may stand inside a longer text. */
const phraseSource = (p: string) => escapeRegExp(p).replace(/\\\*/g, '(?:[^\\s:|]+ ?){1,4}').replace(/#/g, '\\d[\\d.,]*');
const wordChar = isWordChar;

function patternOf(mode: PhraseMode, p: string): RegExp {
  const src = phraseSource(p);
  return mode === 'line' ? new RegExp(`^${src}$`) : mode === 'lead' ? new RegExp(`^${src}(?:\\s?[:|»›→]|\\s[-–—]\\s)`) : new RegExp(src, 'g');
}

/** The first match of `re` (global) in `text` that does not start or end inside a word. */
export function execWord(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordChar(text[m.index - 1]) && !wordChar(text[m.index + m[0].length])) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** The lists, ready to look up: plain phrases in tables searched with string functions (no pattern to compile:
 * cleaning runs cold, once a page); only phrases with a '*' or a '#' become patterns, each compiled when a text first
 * holds its longest literal piece (most pages need none of them). */
const T = TABLES.phrases as unknown as PhraseTables; // generated data, its shape held by tests/pipeline/clean-tables.test.ts
const compiled: Array<RegExp | undefined> = [];
const reOf = (k: number): RegExp => (compiled[k] ??= patternOf(T.patterns[k]![0], T.patterns[k]![3]));
/** The entries under `key` (a page's word may be "constructor": own keys only). */
const under = (o: Record<string, Entry[]>, key: string): readonly Entry[] => (Object.hasOwn(o, key) ? o[key]! : []);

/** The reason of the first pattern of `mode` whose literal `text` holds and whose pattern matches it. */
function patternHit(mode: PhraseMode, text: string): RemovalReason | null {
  for (let k = 0; k < T.patterns.length; k++) {
    const [m, reason, literal] = T.patterns[k]!;
    if (m === mode && text.includes(literal) && reOf(k).test(text)) return reason as RemovalReason;
  }
  return null;
}

/** Where `phrase` stands in `text` as whole words, or -1. */
export function indexOfWords(text: string, phrase: string): number {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!wordChar(text[i - 1]) && !wordChar(text[i + phrase.length])) return i;
  }
  return -1;
}
const LEAD_END = /^(?:\s?[:|»›→]|\s[-–—]\s)/;

function lineHit(norm: string): RemovalReason | null {
  // A count or a sign in brackets after the words ("Comments (12)", "Post comment (+)") is the control's badge.
  const core = norm.replace(/\s*[([][\d\s+.,\-–]{1,6}[)\]]$/, '').replace(/^[\s«‹←]+|[\s:|.!?»›→…-]+$/g, '');
  return Object.hasOwn(T.line, core) ? T.line[core] as RemovalReason : patternHit('line', core);
}
function leadHit(norm: string): RemovalReason | null {
  for (const [p, r] of under(T.lead, norm[0] ?? '')) if (norm.startsWith(p) && LEAD_END.test(norm.slice(p.length))) return r as RemovalReason;
  return patternHit('lead', norm);
}
function containsHit(norm: string, short: boolean, words: readonly string[]): RemovalReason | null {
  let best: [number, string] | null = null;
  for (const w of new Set(words)) {
    for (const [p, r] of under(T.byFirstWord, w)) {
      if (best && p.length <= best[0]) break;
      if ((short || ANY_LENGTH.has(r)) && indexOfWords(norm, p) >= 0) best = [p.length, r];
    }
  }
  for (let k = 0; k < T.patterns.length; k++) {
    const [mode, reason, literal] = T.patterns[k]!;
    if (mode !== 'contains' || !(short || ANY_LENGTH.has(reason)) || !norm.includes(literal)) continue;
    const m = execWord(reOf(k), norm);
    if (m && (!best || m[0].length > best[0])) best = [m[0].length, reason];
  }
  return (best?.[1] ?? null) as RemovalReason | null;
}

/** The phrase a block's normalised text matches: a whole line first, then a lead, then the longest anywhere. */
export function phraseHit(norm: string, words: readonly string[] = wordRuns(norm)): PhraseHit | null {
  const hit = (mode: PhraseMode, reason: RemovalReason | null): PhraseHit | null => (reason ? { reason, mode, rule: `phrase:${mode}:${reason}` } : null);
  return (norm.length <= PHRASE_MAX.line ? hit('line', lineHit(norm)) : null) ??
    (norm.length <= PHRASE_MAX.lead ? hit('lead', leadHit(norm)) : null) ??
    hit('contains', containsHit(norm, norm.length <= PHRASE_MAX.contains, words));
}

/** Donation vocabulary that news about charity also uses: weaker than an appeal phrase. */
export function weakAppealWords(norm: string): boolean {
  return anyWords(norm, T.weak);
}

/** Whether one of `list` stands in `text` as whole words (most are absent: no call for them). */
function anyWords(text: string, list: readonly string[]): boolean {
  for (const w of list) if (text.includes(w) && indexOfWords(text, w) >= 0) return true;
  return false;
}

/** A period word ("a month", "im Monat") in the text: with an amount, a regular gift or a subscription. */
export function periodWords(norm: string): boolean {
  return anyWords(norm, T.period);
}

const COUNTER_UNIT = new RegExp(`^\\d[\\d.,\\s']*[km]?\\s?(${LETTER_CHAR}+)$`);
/** A counter with its unit ("1.2k views", "340 Aufrufe"). */
export function counterWithUnit(norm: string): boolean {
  // Only a short line that opens with a digit is tried: the pattern's letter class is costly to compile.
  if (norm.length > 30 || !(norm[0]! >= '0' && norm[0]! <= '9')) return false;
  const m = COUNTER_UNIT.exec(norm);
  return !!m && T.units.includes(m[1]!);
}
