// Names in quotation marks that nobody speaks: a campaign ("der Kampagne „Made in Germany, made by Vielfalt“"), a
// building (新校舎「弥生記念教育棟」), a prize. Asked only of a quotation no speaker was found for.

import { wordCount } from './titles';
import type { Rules } from '../../rules/languages';
import { roleOf } from '../parties/lexicon';
import { codePointBefore, lastWords, letterAt, upperAt } from '../text/props';
import { charWidth } from '../text/chars';

const SENTENCE = /[.!?;:。！？]/;
/** Kana that inflects and joins Japanese words: a name or a term is written without it (ルヴァン杯, 第1段階). */
const HIRAGANA = /[\u3041-\u309F]/;
/** What may follow a name in Japanese: a word or a particle, not the end of a clause or a quoting particle. */
const WORD_AFTER = /^[\p{L}\p{N}「]/u;

/** The quotation text[q.start, q.end) names something rather than quotes words: a few words with no sentence in
 * them, set right after a noun with no punctuation between and written as names are (capitalised words); in
 * Japanese, a term without inflecting kana that runs on into the sentence instead of ending with a quoting particle. */
export function isNameInMarks(text: string, q: { start: number; end: number; open: number; close: number }, rules: Rules): boolean {
  const inner = text.slice(q.start, q.end);
  if (wordCount(inner) > 6 || SENTENCE.test(inner)) return false;
  if (rules.quoteParticles.length) {
    const after = text.slice(q.close, q.close + 6);
    return rules.unspaced && !HIRAGANA.test(inner) && WORD_AFTER.test(after) && !rules.quoteParticles.some((p) => after.startsWith(p));
  }
  const word = lastWord(text.slice(Math.max(0, q.open - 40), q.open));
  if (!word || rules.functionWords.has(word.toLowerCase()) || !upperAt(inner, 0)) return false;
  // (a noun before it: where every noun is capitalised, the word before says so; elsewhere the name's own capitals,
  // "vowed to keep “Nazis off our streets”" being words, not a name)
  if (rules.nounsCapitalised) return upperAt(word, 0);
  const words = inner.split(/[\s-]+/).filter((w) => letterAt(w, 0) && !rules.functionWords.has(w.toLowerCase()));
  return words.filter((w) => upperAt(w, 0)).length * 2 >= words.length;
}

/** The first letters of the last word of `t` ("Kampagne" of "der Kampagne ", "Nord" of "Nord-Stream"): what
 * `/(\p{L}+)[\p{L}-]*\s*$/u` takes, by a scan (no property pattern compiled on a cold page). */
export function lastWord(t: string): string | undefined {
  const end = t.trimEnd().length;
  let s = end;
  for (let k = s; k > 0; ) {
    const b = codePointBefore(t, k);
    if (!letterAt(t, b) && t[b] !== '-') break;
    k = b;
    if (t[b] !== '-') s = b;
  }
  if (s === end) return undefined;
  let e = s;
  while (letterAt(t, e)) e += charWidth(t, e);
  return t.slice(s, e);
}

/** A name in marks set as the apposition of a noun its determiner introduces ("forderte die Partei „Die Mitte“",
 * "in seinem Lagebericht „Sicherheit Schweiz 2023“", "its annual report “Security 2023”"): it names the thing,
 * whatever verb of saying stands near. Not after a role or a spokesperson, who may speak ("sagte der Minister „…“"),
 * nor after a name (`named`: a party is named at that offset), nor words with a pronoun of a speaker in them ("der
 * Zeitung „Wir bleiben hart“"). */
export function isNamedThing(text: string, q: { start: number; end: number; open: number; close: number }, rules: Rules, named: (pos: number) => boolean): boolean {
  if (rules.quoteParticles.length || !isNameInMarks(text, q, rules)) return false;
  const before = text.slice(Math.max(0, q.open - 60), q.open), m = lastWords(before);
  if (!m) return false;
  const [w1, w2, noun] = m;
  // (the determiner, or the determiner and an adjective in lower case: "its annual report")
  const det = rules.determiners.has(w2.toLowerCase()) || (!!w1 && rules.determiners.has(w1.toLowerCase()) && /^\p{Ll}/u.test(w2));
  if (!det || roleOf(noun, rules) || rules.spokes.has(noun.toLowerCase())) return false;
  const spoken = text.slice(q.start, q.end).toLowerCase().split(/[^\p{L}’']+/u).some((w) => rules.pronouns.has(w) || rules.firstPerson.has(w));
  return !spoken && !named(q.open - (before.length - before.trimEnd().length) - 1);
}
