// Key quotations: the substantive statements a reader wants in a summary (full sentences by a named source), not
// fragments, slogans, chants or titles.

import type { Quote } from '../types';
import { everyLanguage, type Rules } from '../rules/languages';
import { KEY } from './weights';
import { wordCount } from './quotes/titles';
import { WORD, isLower, isLetter, isWordChar, startsUpper, wordBefore } from './letters';
import { isWordsInMarks, rankedKeyQuotes } from '../quote-text';
import { isSpaceCode } from './text/props';

/** Mentions of signs, banners, chants and crowds: their words are no one's statement. */
const NOT_KEY_WORDS = everyLanguage('notKeyWords');
const ASCII_WORD = /[A-Za-z0-9_]+/g;
/** The mention holds one of those words, as `\b(?:signs?|…)\b/i` finds them (ASCII words in any case), without
 * compiling that case-insensitive alternation on every cold page. */
export const notKeyMention = (m: string) => (m.match(ASCII_WORD) ?? []).some((w) => NOT_KEY_WORDS.has(w.toLowerCase()));

/** A score above zero makes the quotation key; higher ranks first. With the article's `text` and `rules`, words
 * in marks the writer's sentence carries count as a partial quotation, whatever their kind. */
export function keyScore(q: Quote, text?: string, rules?: Rules): number {
  const words = q.text.split(/\s+/).filter((w) => [...w].some(isWordChar));
  const n = Math.max(words.length, wordCount(q.text));
  if (!q.speaker && !q.speakerMention) return 0;
  if (q.speakerMention && notKeyMention(q.speakerMention) && !q.speaker) return 0;
  if (text !== undefined && rules && performedLine(q, text, rules)) return 0;
  if (n < KEY.minWords) return 0;
  const caps = words.filter(startsUpper).length;
  if (n <= KEY.titleMaxWords && caps / n > KEY.titleCapsShare) return 0;
  if ((q.kind === 'partial' || (text !== undefined && rules && (carriedByWriter(q, text, rules) || fragmentAfterComma(q, text)))) && n < KEY.partialMinWords) return 0;
  let s = Math.min(n, KEY.lengthCap) / KEY.lengthCap + (q.kind === 'partial' ? 0 : KEY.full) + (q.speaker ? KEY.named : 0);
  if (/[.!?]["”»]?$/.test(q.text) || /,$/.test(q.text)) s += KEY.ending;
  return Math.round(s * 1000) / 1000;
}

/** Mark the key quotations; a group speaker ("officials") keeps its words but names no party. The one the headline
 * reports ranks first (`names`: the parties' names and aliases). */
export function markKeyQuotes(quotes: Quote[], rules: Rules, title?: string | null, names: readonly string[] = [], text?: string) {
  const head = title ? headlineWords(title, rules) : new Set<string>();
  // (the names of the story's parties say what it is about, not which statement it reports)
  for (const n of names) for (const w of headlineWords(n, rules)) head.delete(w);
  const seen = new Set<string>();
  for (const q of quotes) {
    if (q.speakerMention && rules.groups.has(q.speakerMention.toLowerCase()) && q.speaker) q.speaker = null;
    const s = keyScore(q, text, rules);
    // The same words by the same speaker again (a lead that quotes what the story quotes later): key once.
    const same = `${q.speaker ?? q.speakerMention ?? ''}\u0000${q.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
    q.key = s > 0 && !seen.has(same);
    if (q.key) { q.score = Math.round((s + (reportsHeadline(q.text, head, rules) ? KEY.headline : 0)) * 1000) / 1000; seen.add(same); }
  }
}

/**
 * Words in marks that do not read as a statement on their own but as part of the writer's sentence: they follow a
 * word of it with no comma or colon between, and start in lower case ("adding that the UN “considers very seriously
 * any credible allegations” against it") or right after an article ("sei eine „Veränderung der …“"). A quotation
 * that starts a sentence or a paragraph, or that the writer's comma or colon introduces ("À ses yeux, « on peut
 * … »"), is not one.
 */
function carriedByWriter(q: Quote, text: string, rules: Rules): boolean {
  if (q.kind === 'multi-paragraph') return false;
  let open = q.start;
  while (open > 0 && /\s/.test(text[open - 1]!)) open--;
  if (open > 0 && !isWordChar(text[open - 1])) open--;
  // (a paragraph that opens with the quotation is no sentence of the writer's, whatever ended the one before)
  const before = /\n\s*$/.test(text.slice(Math.max(0, open - 8), open)) ? '' : wordBefore(text, open);
  if (!before) return false;
  // (an article, not a word that also opens a clause: "that", "der")
  return isLower(firstLetter(q.text)) || (rules.determiners.has(before) && !rules.clauseWords.has(before));
}

/** Words in marks after the writer's comma, in lower case, in a sentence that already strings a quoted fragment of
 * its own ("may not “unilaterally declare” a UN agency is …, “and deny its relief schemes”"): the writer's sentence
 * goes on in them. A fragment before that ends in its own comma or stop ("“Today,” she said, “we …”") is a
 * statement split by its attribution, not one. */
function fragmentAfterComma(q: Quote, text: string): boolean {
  let open = q.start;
  while (open > 0 && /\s/.test(text[open - 1]!)) open--;
  if (open > 0 && !isWordChar(text[open - 1])) open--;
  while (open > 0 && /[^\S\n]/.test(text[open - 1]!)) open--;
  if (text[open - 1] !== ',' || !isLower(firstLetter(q.text))) return false;
  const sentence = text.slice(sentenceStart(text, open), open);
  const last = [...sentence.matchAll(CLOSING)].filter((m) => isLetter(sentence[m.index - 1]) && isLetter(sentence[m.index + m[0].length])).pop();
  // (the words between name the speaker: "„das Momentum …“ gehabt, so Yakin, „wir waren dominant“" goes on in
  // the speaker's voice, not the writer's)
  return !!last && !(q.speakerMention && sentence.slice(last.index).includes(q.speakerMention));
}

/** The first letter of `s` (a code point), as `[...s].find(isLetter)` gives it without making the array: a quotation
 * may be paragraphs long, and each was spread into characters twice. */
export function firstLetter(s: string): string | undefined {
  for (const c of s) if (isLetter(c)) return c;
  return undefined;
}

/** The quotation is a line the speaker performed, recited or sung: a word of the writer's sentence just before its
 * opening mark says so ("Weaver uttered the lines: “Upon thy wicked dam…”", "she sang: “…”"). The words are the
 * play's or the song's, not the performer's statement; they stay a quotation of hers, never a key one. */
function performedLine(q: Quote, text: string, rules: Rules): boolean {
  if (!rules.performedWords.size) return false;
  // (a quotation that opens its sentence has no lead: sentenceStart stops at the stop before its mark)
  const lead = text.slice(sentenceStart(text, q.start), q.start).toLowerCase().match(WORD_RUN) ?? [];
  return lead.slice(-KEY.performedReach).some((w) => rules.performedWords.has(w));
}

/** Where the last piece of `text.slice(0, end).split(/[.!?…]\s|\n/)` starts, read back from `end`: the rightmost end of
 * a stop and a space, or of a line break (a stop's match that takes the break ends where the break's own would).
 * Splitting the whole text before each quotation was a scan and an array of its sentences a quotation. */
export function sentenceStart(text: string, end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || (k > 0 && isSpaceCode(c) && '.!?…'.includes(text[k - 1]!))) return k + 1;
  }
  return 0;
}

/** A closing mark right after a letter (» after a space too), then the writer's words ("declare” a UN agency"). */
const CLOSING = /(?:[”“"«]| ?»)[^\S\n]+/g;

const WORD_RUN = new RegExp(`${WORD}+`, 'g');

/** The words of a text that can show it repeats the headline: no short or function word; in scripts written without
 * spaces, pairs of characters. */
function headlineWords(text: string, rules: Rules): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(WORD_RUN) ?? []) {
    if (rules.unspaced) for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    else if ((w.length >= KEY.headlineMinLetters || /^\d{2,}$/.test(w)) && !rules.functionWords.has(w)) out.add(w);
  }
  return out;
}

/** The quotation repeats enough of the headline's words to be the statement the headline reports. */
function reportsHeadline(text: string, head: ReadonlySet<string>, rules: Rules): boolean {
  if (!head.size) return false;
  const own = headlineWords(text, rules);
  const shared = [...head].filter((w) => own.has(w)).length;
  return shared >= KEY.headlineWords && shared / head.size >= KEY.headlineShare;
}

/**
 * Quotations as a reader wants them shown: one split by its attribution ("“I am about to …,” Bushnell announced,
 * “but compared to …”") is one quotation. A continuation right after a key quotation of the same speaker, in the
 * same paragraph of `text`, is appended to it with " … " (start to the continuation's end); the report's list keeps
 * the parts apart. A word or two in marks later in the sentence (« … », a souligné M. Peskov, en affirmant que les
 * autorités ne peuvent que «saluer») is the writer's sentence borrowing a word, not the rest of the statement: it is
 * appended only when no more than the attribution stands between.
 */
export function joinSplitQuotes<Q extends Quote>(quotes: readonly Q[], text: string): Q[] {
  const out: Q[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev?.key && q.kind === 'continuation' && sameVoice(prev, q) && q.start >= prev.end && resumes(prev, q, text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text.replace(/\s*[,;:]\s*$/u, '')} … ${q.text}`, end: q.end };
    } else out.push(q);
  }
  return out;
}

/** The continuation resumes the quotation in the same paragraph: a fragment of a word or two only right after the
 * attribution ("“…,” she said, “…”"); never words in marks inside the writer's next sentence ("« … ». Elle dit
 * avoir « mis en garde » …"), only a quotation that starts a sentence of its own ("…,” Mayer said. “Not …”"). */
function resumes(prev: Quote, q: Quote, text: string): boolean {
  const between = text.slice(prev.end, q.start);
  if (/\n/.test(between) || (isWordsInMarks(q) && wordCount(between) > KEY.splitAttributionWords)) return false;
  const ends = [...text.slice(Math.max(0, prev.end - 1), q.start).matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  return !last || !WORD_BETWEEN.test(last.input!.slice(last.index! + last[0].length));
}
/** A sentence's end: its mark, a closing quotation mark, white space. */
const SENTENCE_END = /[.!?…]["”»’]?\s+/g;

const sameVoice = (a: Quote, b: Quote) => (a.speaker ? a.speaker === b.speaker : !!a.speakerMention && !b.speaker && a.speakerMention === b.speakerMention);

/**
 * A statement quoted over several paragraphs (“A … / “B … / “C …”) counts once among the key quotes shown: its
 * strongest paragraph (the first of equals). One speaker's paragraphs would otherwise fill the five and leave no room
 * for other voices; the others stay in the list of all quotations (the report keeps every part key).
 */
export function oneKeyPerStatement<Q extends Quote>(quotes: readonly Q[], text: string): Q[] {
  const out = quotes.map((q) => ({ ...q }));
  let run: Q[] = [];
  const close = () => {
    const best = run.filter((q) => q.key).reduce<Q | null>((b, q) => (!b || (q.score ?? 0) > (b.score ?? 0) ? q : b), null);
    for (const q of run) if (q.key && q !== best) q.key = false;
    run = [];
  };
  for (const q of out) {
    const prev = run[run.length - 1];
    if (prev && !(q.kind === 'multi-paragraph' && sameStatement(prev, q, text))) close();
    if (q.kind === 'multi-paragraph') run.push(q);
  }
  close();
  return out;
}

/** The next paragraph of one speaker's statement: only marks and line breaks between. */
const sameStatement = (a: Quote, b: Quote, text: string) => !!(a.speaker ?? a.speakerMention) && (a.speaker ?? a.speakerMention) === (b.speaker ?? b.speakerMention) && !WORD_BETWEEN.test(text.slice(a.end, b.start));
const WORD_BETWEEN = /[^\s"“”„«»‹›‘’'「」『』]/;

/** The key quotations as the popup, the reader view and the exports show them, the strongest first; words a
 * speaker's other key quotation already holds ("Sie werden schneller" in "Es ist nicht so … Sie werden schneller")
 * are not shown twice. */
export function shownKeyQuotes<Q extends Quote>(quotes: readonly Q[], text: string): Q[] {
  const ranked = rankedKeyQuotes(oneKeyPerStatement(joinSplitQuotes(quotes, text), text));
  const folded = ranked.map((q) => q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  return ranked.filter((q, i) => !ranked.some((o, j) => j !== i && sameVoice(o, q) && folded[j]!.length > folded[i]!.length && folded[j]!.includes(folded[i]!)));
}
