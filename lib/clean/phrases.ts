// Boilerplate phrases per language (lib/rules/boilerplate/<lang>.json), compiled once into one pattern per mode and
// reason. A phrase hit is one kind of evidence ("words"), never enough alone to remove a paragraph: every language
// not listed has none, and news quotes these words too. All languages' lists run on every page (the page's
// declared language is often wrong or missing).
import type { RemovalReason } from '../types';
import { LETTER_CHAR, escapeRegExp, isWordChar, wordRuns } from '../chars';
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

/**
 * The lists, ready to look up. Plain phrases go into sets and lists searched with string functions (no pattern to
 * compile: cleaning runs cold, once a page); only phrases with a '*' or a '#' become patterns.
 */
interface Tables {
  line: Map<string, RemovalReason>;
  /** Lead phrases by their first character, longest first: a block looks up only those that can start it. */
  lead: Map<string, Array<[string, RemovalReason]>>;
  contains: Array<[string, RemovalReason]>;
  /** Contained phrases by their first word: a block looks up only the phrases that start with one of its words. */
  byFirstWord: Map<string, Array<[string, RemovalReason]>>;
  /** Phrases with a '*' or '#', each with its longest literal piece: the pattern runs (and is compiled) only on a
   * text that holds the piece. */
  patterns: Array<{ reason: RemovalReason; mode: PhraseMode; readonly re: RegExp; literal: string }>;
  weak: string[];
  period: string[];
  units: Set<string>;
}
let tables: Tables | null = null;

function compile(): Tables {
  if (tables) return tables;
  const lead: Array<[string, RemovalReason]> = [];
  const t: Tables = { line: new Map(), lead: new Map(), contains: [], byFirstWord: new Map(), patterns: [], weak: [], period: [], units: new Set() };
  const add = (mode: PhraseMode, reason: string, p: string) => {
    const r = reason as RemovalReason;
    if (/[*#]/.test(p)) {
      const literal = p.split(/[*#]/).map((x) => x.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
      let re: RegExp | null = null; // built when a text first holds the literal: most pages need none of them
      t.patterns.push({ reason: r, mode, literal, get re() { return (re ??= patternOf(mode, p)); } });
    } else if (mode === 'line') { if (!t.line.has(p)) t.line.set(p, r); }
    else (mode === 'lead' ? lead : t.contains).push([p, r]);
  };
  for (const l of LANGS) {
    for (const mode of ['line', 'lead', 'contains'] as const) for (const [reason, list] of Object.entries(l[mode] ?? {})) for (const p of list) add(mode, reason, p);
    t.weak.push(...(l.appealWeak ?? []));
    t.period.push(...(l.period ?? []));
    for (const u of l.counterUnits ?? []) t.units.add(u);
  }
  // Longest first: "your email address will not be published" before "your email address".
  lead.sort((a, b) => b[0].length - a[0].length);
  for (const e of lead) { const list = t.lead.get(e[0][0]!); if (list) list.push(e); else t.lead.set(e[0][0]!, [e]); }
  t.contains.sort((a, b) => b[0].length - a[0].length);
  for (const e of t.contains) {
    const first = wordRuns(e[0])[0] ?? '';
    const list = t.byFirstWord.get(first);
    if (list) list.push(e); else t.byFirstWord.set(first, [e]);
  }
  tables = t;
  return t;
}

/** Where `phrase` stands in `text` as whole words, or -1. */
export function indexOfWords(text: string, phrase: string): number {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (!wordChar(text[i - 1]) && !wordChar(text[i + phrase.length])) return i;
  }
  return -1;
}
const LEAD_END = /^(?:\s?[:|»›→]|\s[-–—]\s)/;

function lineHit(t: Tables, norm: string): RemovalReason | null {
  // A count or a sign in brackets after the words ("Comments (12)", "Post comment (+)") is the control's badge.
  const core = norm.replace(/\s*[([][\d\s+.,\-–]{1,6}[)\]]$/, '').replace(/^[\s«‹←]+|[\s:|.!?»›→…-]+$/g, '');
  return t.line.get(core) ?? t.patterns.find((p) => p.mode === 'line' && core.includes(p.literal) && p.re.test(core))?.reason ?? null;
}
function leadHit(t: Tables, norm: string): RemovalReason | null {
  for (const [p, r] of t.lead.get(norm[0] ?? '') ?? []) if (norm.startsWith(p) && LEAD_END.test(norm.slice(p.length))) return r;
  return t.patterns.find((p) => p.mode === 'lead' && norm.includes(p.literal) && p.re.test(norm))?.reason ?? null;
}
function containsHit(t: Tables, norm: string, short: boolean, words: readonly string[]): RemovalReason | null {
  let best: [number, RemovalReason] | null = null;
  for (const w of new Set(words)) {
    for (const [p, r] of t.byFirstWord.get(w) ?? []) {
      if (best && p.length <= best[0]) break;
      if ((short || ANY_LENGTH.has(r)) && indexOfWords(norm, p) >= 0) best = [p.length, r];
    }
  }
  for (const p of t.patterns) {
    if (p.mode !== 'contains' || !(short || ANY_LENGTH.has(p.reason)) || !norm.includes(p.literal)) continue;
    const m = execWord(p.re, norm);
    if (m && (!best || m[0].length > best[0])) best = [m[0].length, p.reason];
  }
  return best?.[1] ?? null;
}

/** The phrase a block's normalised text matches: a whole line first, then a lead, then the longest anywhere. */
export function phraseHit(norm: string, words: readonly string[] = wordRuns(norm)): PhraseHit | null {
  const t = compile();
  const hit = (mode: PhraseMode, reason: RemovalReason | null): PhraseHit | null => (reason ? { reason, mode, rule: `phrase:${mode}:${reason}` } : null);
  return (norm.length <= PHRASE_MAX.line ? hit('line', lineHit(t, norm)) : null) ??
    (norm.length <= PHRASE_MAX.lead ? hit('lead', leadHit(t, norm)) : null) ??
    hit('contains', containsHit(t, norm, norm.length <= PHRASE_MAX.contains, words));
}

/** Donation vocabulary that news about charity also uses: weaker than an appeal phrase. */
export function weakAppealWords(norm: string): boolean {
  return anyWords(norm, compile().weak);
}

/** Whether one of `list` stands in `text` as whole words (most are absent: no call for them). */
function anyWords(text: string, list: readonly string[]): boolean {
  for (const w of list) if (text.includes(w) && indexOfWords(text, w) >= 0) return true;
  return false;
}

/** A period word ("a month", "im Monat") in the text: with an amount, a regular gift or a subscription. */
export function periodWords(norm: string): boolean {
  return anyWords(norm, compile().period);
}

const COUNTER_UNIT = new RegExp(`^\\d[\\d.,\\s']*[km]?\\s?(${LETTER_CHAR}+)$`);
/** A counter with its unit ("1.2k views", "340 Aufrufe"). */
export function counterWithUnit(norm: string): boolean {
  // Only a short line that opens with a digit is tried: the pattern's letter class is costly to compile.
  if (norm.length > 30 || !(norm[0]! >= '0' && norm[0]! <= '9')) return false;
  const m = COUNTER_UNIT.exec(norm);
  return !!m && compile().units.has(m[1]!);
}
