// The text's script and a cheap language guess, for texts that come without a language (or with one their script
// contradicts). Scripts with one main language decide alone; Latin, Cyrillic and Arabic texts are weighed by the
// function words of each language's data file.

import { C, charInfo, charWidth, classOf, scriptOf, type Script } from './chars';
import { LANGUAGES } from './languages';

const SAMPLE = 5000;
const MIN_HITS = 3;

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

/** Letters counted by script over the first characters of the text. */
export function scriptCounts(text: string, limit = SAMPLE): Map<Script, number> {
  const counts = new Map<Script, number>();
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i += charWidth(text, i)) {
    const info = charInfo(text, i);
    if (classOf(info) !== C.LETTER) continue;
    const s = scriptOf(info);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** The script most of the text's letters are written in (`none` for a text without letters). */
export function guessScript(text: string): Script {
  const counts = scriptCounts(text);
  let best: Script = 'none', n = 0;
  for (const [s, c] of counts) if (c > n) { best = s; n = c; }
  // Japanese mixes Han and kana: a text with a good share of kana is kana-led even where Han letters outnumber it.
  const kana = counts.get('kana') ?? 0;
  return best === 'han' && kana * 5 > n ? 'kana' : best;
}

// Per script: its languages and, for each function word, the languages that list it (built on first use).
const WORD_INDEX = new Map<Script, { langs: typeof LANGUAGES; index: Map<string, number[]> }>();

function wordIndex(script: Script) {
  let entry = WORD_INDEX.get(script);
  if (!entry) {
    const langs = LANGUAGES.filter((l) => l.script === script), index = new Map<string, number[]>();
    langs.forEach((l, k) => { for (const w of l.words) index.set(w, [...(index.get(w) ?? []), k]); });
    WORD_INDEX.set(script, entry = { langs, index });
  }
  return entry;
}

function byFunctionWords(text: string, script: Script): string | null {
  const { langs, index } = wordIndex(script);
  const hits = langs.map(() => 0);
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) {
    for (const k of index.get(m[0]) ?? []) hits[k]!++;
  }
  let best = -1;
  hits.forEach((h, k) => { if (h >= MIN_HITS && (best < 0 || h > hits[best]!)) best = k; });
  return best < 0 ? null : langs[best]!.code;
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

/**
 * The language to analyse a text as: the declared one (a page's `lang`), unless the text's own script contradicts
 * it (a Russian article on a page declared "en"); otherwise the guess from the text; null where neither tells.
 */
export function resolveLang(declared: string | null | undefined, text: string): string | null {
  const lang = normalizeLang(declared);
  if (!lang) return guessLang(text);
  const want = scriptOfLang(lang), have = guessScript(text);
  if (!want || have === 'none' || want === have || (want === 'kana' && have === 'han')) return lang;
  return guessLang(text);
}
