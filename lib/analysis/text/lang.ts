// The text's script and a cheap language guess, for texts that come without a language (or with one their script
// contradicts). Scripts with one main language decide alone; Latin, Cyrillic and Arabic texts are weighed by the
// function words of each language's data file.

import { C, classAt, charInfo, charWidth, classOf, SCRIPTS, scriptOf, type Script } from './chars';
import { LANGUAGES } from './languages';

const SAMPLE = 5000;
const MIN_HITS = 3;
// A language none of the lists knows still shares a few short words with some (Zulu "a", "e"; Latin placeholder text
// "et", "in", "a": 0.05 to 0.10 of its words for French, Italian, Slovenian): the best guess must cover this share of
// the text's words, as a language's own frequent words do (0.14 to 0.42 on the 296 pages and the Readability test
// pages, the least in a 161-word brief; a third or more of longer running text).
const MIN_SHARE = 0.1;

// Scripts written (in news) by one language, or whose sub-script names it.
const SCRIPT_LANG: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', thai: 'th', armenian: 'hy', georgian: 'ka', hangul: 'ko',
};
const INDIC: [RegExp, string][] = [
  [/\p{Script=Devanagari}/u, 'hi'], [/\p{Script=Bengali}/u, 'bn'], [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'], [/\p{Script=Gujarati}/u, 'gu'], [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Kannada}/u, 'kn'], [/\p{Script=Malayalam}/u, 'ml'], [/\p{Script=Sinhala}/u, 'si'],
];
const ALIASES: Record<string, string> = { nb: 'no', nn: 'no', bs: 'hr', iw: 'he', in: 'id', fil: 'tl' };

/** Letters counted by script number (SCRIPTS) over the first characters of the text. */
function letterCounts(text: string, limit: number): Int32Array {
  const counts = new Int32Array(SCRIPTS.length), end = Math.min(text.length, limit);
  for (let i = 0; i < end; i += charWidth(text, i)) {
    const info = charInfo(text, i);
    if (classOf(info) === C.LETTER) counts[info >> 4]!++;
  }
  return counts;
}

/** Letters counted by script over the first characters of the text (scripts in order of first appearance). */
export function scriptCounts(text: string, limit = SAMPLE): Map<Script, number> {
  const counts = letterCounts(text, limit), seen = new Map<Script, number>();
  const end = Math.min(text.length, limit), scripts = counts.filter((c) => c > 0).length;
  for (let i = 0; i < end && seen.size < scripts; i += charWidth(text, i)) {
    const info = charInfo(text, i);
    if (classOf(info) === C.LETTER && !seen.has(scriptOf(info))) seen.set(scriptOf(info), counts[info >> 4]!);
  }
  return seen;
}

// Counts of the last text asked about: the language guess asks for the script of the same text more than once.
let last: { text: string; counts: Map<Script, number> } | null = null;

// Outside these ranges (ASCII, Latin-1, Latin Extended-A and -B, general punctuation) lies every letter that is not
// Latin, and µ (U+00B5, a letter of no script), which is the only one inside them. A text with no such character, the
// common case of a page in a Latin-script language, has Latin letters or none: two native pattern tests answer
// what the count of its first characters by script would, without the count's loop (a few ms on a cold page).
const NOT_LATIN = /[^\0-\u00b4\u00b6-\u024f\u2000-\u206f]/;
const ANY_LETTER = /\p{L}/u;

/** The script most of the text's letters are written in (`none` for a text without letters). */
export function guessScript(text: string): Script {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!NOT_LATIN.test(sample)) return ANY_LETTER.test(sample) ? 'latin' : 'none';
  if (last?.text !== text) last = { text, counts: scriptCounts(text) };
  const counts = last.counts;
  let best: Script = 'none', n = 0;
  for (const [s, c] of counts) if (c > n) { best = s; n = c; }
  // Japanese mixes Han and kana: a text with a good share of kana is kana-led even where Han letters outnumber it.
  const kana = counts.get('kana') ?? 0;
  return best === 'han' && kana * 5 > n ? 'kana' : best;
}

// The guess is a likelihood over a text's words: each language's data file lists its most frequent words, most
// frequent first, and a listed word is taken to have a Zipf probability (LISTED_MASS shared as 1/rank); any other
// word has the same small probability in every language, so only listed words weigh. A word two languages share
// ("de", "a", "o") weighs by its rank in each; a word of one language only ("não", "și") weighs fully for it. This
// scores by what share of the text each language's common words cover, not by raw hits of unequal lists.
const LISTED_MASS = 0.4;
const UNLISTED_P = 1e-5;

interface WordIndex { langs: typeof LANGUAGES; index: Map<string, [number, number][]> }
// Per script: its languages and, for each listed word, the languages listing it with the word's weight in each.
const WORD_INDEX = new Map<Script, WordIndex>();

function wordIndex(script: Script): WordIndex {
  let entry = WORD_INDEX.get(script);
  if (!entry) {
    const langs = LANGUAGES.filter((l) => l.script === script), index = new Map<string, [number, number][]>();
    langs.forEach((l, k) => {
      let harmonic = 0;
      for (let r = 1; r <= l.words.length; r++) harmonic += 1 / r;
      l.words.forEach((w, r) => {
        const weight = Math.log(LISTED_MASS / ((r + 1) * harmonic) / UNLISTED_P);
        const list = index.get(w) ?? [];
        list.push([k, weight]);
        index.set(w, list);
      });
    });
    WORD_INDEX.set(script, entry = { langs, index });
  }
  return entry;
}

/** The lower-case words (letters and marks) of the start of a text; a word glued on by an apostrophe ("'s") is none. */
function sampleWords(text: string): string[] {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!NOT_LATIN.test(sample)) return latinWords(sample);
  const words: string[] = [], end = Math.min(text.length, SAMPLE);
  let from = -1, clitic = false;
  for (let i = 0; i <= end; i += i < end ? charWidth(text, i) : 1) {
    const c = i < end ? classAt(text, i) : 0;
    if (c === C.LETTER || c === C.MARK) { if (from < 0) from = i; continue; }
    if (from >= 0 && !clitic) words.push(text.slice(from, i).toLowerCase());
    clitic = c === C.APOS && from >= 0;
    from = -1;
  }
  return words;
}

// The apostrophes of the character table (chars.ts) in the Latin ranges (the fourth, U+02BC, lies outside them).
const LATIN_APOS = new Set(["'", '‘', '’']);
const LETTER_RUN = /\p{L}+/gu;

/** sampleWords for a text of Latin letters and punctuation (NOT_LATIN finds nothing), by native pattern: its letters
 * are those of `\p{L}`, it has no marks, and a word right after a word and an apostrophe is the one dropped. */
function latinWords(sample: string): string[] {
  const words: string[] = [];
  for (const m of sample.matchAll(LETTER_RUN)) {
    const s = m.index;
    if (s >= 2 && LATIN_APOS.has(sample[s - 1]!) && ANY_LETTER.test(sample[s - 2]!)) continue;
    words.push(m[0].toLowerCase());
  }
  return words;
}

// The words of the last text asked about: the resolution weighs the declared language, then may guess, on one text.
let lastWords: { text: string; words: string[]; running: number } | null = null;

/** sampleWords, and how many different words the text writes in lower case (running prose, not names or figures). */
function sampleWordsOf(text: string): { words: string[]; running: number } {
  if (lastWords?.text !== text) {
    const words = sampleWords(text), lower = new Set<string>();
    const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
    for (const m of sample.matchAll(LETTER_RUN)) if (m[0].length > 1 && m[0] === m[0].toLowerCase()) lower.add(m[0]);
    lastWords = { text, words, running: lower.size };
  }
  return lastWords;
}

/** Per language of the script: the weight of the text's listed words, and the share of its words they are. */
export function functionWordScores(text: string, script: Script): { code: string; score: number; share: number }[] {
  const { langs, index } = wordIndex(script), { words } = sampleWordsOf(text);
  const score = langs.map(() => 0), hits = langs.map(() => 0);
  for (const w of words) {
    for (const [k, weight] of index.get(w) ?? []) { score[k] = score[k]! + weight; hits[k] = hits[k]! + 1; }
  }
  return langs.map((l, k) => ({ code: l.code, score: score[k]!, share: hits[k]! / Math.max(1, words.length), hits: hits[k]! }))
    .filter((r) => r.hits >= MIN_HITS);
}

function byFunctionWords(text: string, script: Script): string | null {
  let best: { code: string; score: number; share: number } | null = null;
  for (const r of functionWordScores(text, script)) if (!best || r.score > best.score) best = r;
  return best && best.share >= MIN_SHARE ? best.code : null;
}

/** A language guess (ISO 639-1) from the text alone, or null where the text gives too little to tell. */
export function guessLang(text: string): string | null {
  const script = guessScript(text);
  if (script === 'kana') return 'ja';
  if (script === 'han') return 'zh';
  if (script === 'indic') return INDIC.find(([re]) => re.test(text.slice(0, SAMPLE)))?.[1] ?? null;
  return SCRIPT_LANG[script] ?? byFunctionWords(text, script);
}

/** The primary subtag of a language tag, lower-case, with old and macro codes mapped ("pt-BR" → "pt", "nb" → "no"). */
export function normalizeLang(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  if (!m) return null;
  const code = m[1]!.toLowerCase();
  return ALIASES[code] ?? code;
}

/** The script a language is written in, where the data or the script table says (null for others). */
function scriptOfLang(code: string): Script | null {
  if (code === 'zh') return 'han';
  if (code === 'ja') return 'kana';
  const fromData = LANGUAGES.find((l) => l.code === code)?.script;
  if (fromData) return fromData;
  return (Object.entries(SCRIPT_LANG).find(([, l]) => l === code)?.[0] as Script | undefined) ?? null;
}

// A declared language the text's own words contradict: many sites declare the language their template was made in
// (a WordPress default "en-US" on an isiZulu or Indonesian story). Where the declared language has a word list and the
// text is running prose (RUNNING different words written in lower case: a results table of names, figures and
// "points" is not), its frequent words must cover MIN_SHARE of the text's words, as the guess's must (another
// language's text: 0.03 or less of the declared one's words there). A declared language kept is then one the guess
// would keep too, so resolving the resolved language again gives it back.
const RUNNING = 30;

/** Whether the text's words contradict a declared language of the script that has a word list. */
function wordsContradict(lang: string, text: string, script: Script): boolean {
  const k = wordIndex(script).langs.findIndex((l) => l.code === lang);
  if (k < 0) return false;
  const { words, running } = sampleWordsOf(text);
  if (running < RUNNING) return false;
  let hits = 0;
  for (const w of words) if (wordIndex(script).index.get(w)?.some(([j]) => j === k)) hits++;
  return hits < MIN_SHARE * words.length;
}

/**
 * The language to analyse a text as: the declared one (a page's `lang`), unless the text contradicts it, by its
 * script (a Russian article on a page declared "en") or by its words (an isiZulu story on a page declared "en");
 * otherwise the guess from the text (null for a language no list knows); null where neither tells.
 */
export function resolveLang(declared: string | null | undefined, text: string): string | null {
  const lang = normalizeLang(declared);
  if (!lang) return guessLang(text);
  const want = scriptOfLang(lang), have = guessScript(text);
  if (!want || have === 'none' || (want === 'kana' && have === 'han')) return lang;
  return want === have && !wordsContradict(lang, text, have) ? lang : guessLang(text);
}

/** The page's language tag as declared ("en-GB", region kept) where the text agrees with it, else resolveLang's. */
export function pageLang(declared: string | null | undefined, text: string): string | null {
  const lang = resolveLang(declared, text);
  return lang && lang === normalizeLang(declared) ? declared!.trim() : lang;
}
