// How a quotation is shown on its own (popup, terminal, front matter), apart from the exact span the report keeps.

import QUOTE_MARKS from './rules/quote-marks.json';
import { wordCount } from './analysis/quotes/titles';

/**
 * A quotation's words as a reader sees them quoted on their own: without the comma, semicolon or colon that joined
 * them to the sentence around ("…for 40 years,” she said). The report keeps the exact span; this is for display.
 */
export function quoteForDisplay(text: string): string {
  return text.replace(/\s*[,;:]\s*$/u, '');
}

/** A described speaker's words: a few, no clause ("a WeWork spokesperson", "der Feuerwehrsprecher"). */
const DESCRIPTION_WORDS = { min: 2, max: 6 };

/**
 * Who a quotation is shown as said by: the resolved name, else the words the text uses for the speaker when they
 * describe someone ("a WeWork spokesperson (unidentified)"), else nobody. A lone word ("he", "sie", "Ministerium")
 * or a clause with a comma tells the reader nothing the quotation does not.
 */
export function speakerLabel(q: { speaker: string | null; speakerMention?: string | null }): { name: string; described: boolean } | null {
  if (q.speaker) return { name: q.speaker, described: false };
  const m = q.speakerMention?.trim() ?? '';
  // (in scripts written without spaces, about two characters a word: 女性看護師 describes, 彼 is a pronoun)
  const words = wordCount(m);
  return words >= DESCRIPTION_WORDS.min && words <= DESCRIPTION_WORDS.max && !/[,;:]/.test(m) ? { name: m, described: true } : null;
}

/** One or two words the writer set in marks inside a sentence (« retenue », “civilians”), whoever is credited with
 * them: the report keeps them, the list of quotations a reader scans does not (a whole utterance, “No.”, stays). */
export function isWordsInMarks(q: { text: string; kind?: string }): boolean {
  return q.kind !== 'full' && q.kind !== 'multi-paragraph' && wordCount(q.text) <= FRAGMENT_MAX_WORDS;
}
const FRAGMENT_MAX_WORDS = 2;

/** The key quotations, the strongest first (the popup's order, and the exports'). */
export function rankedKeyQuotes<Q extends { key?: boolean; score?: number; start: number }>(quotes: readonly Q[]): Q[] {
  return quotes.filter((q) => q.key).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.start - b.start);
}

/** The marks a quotation shown on its own is set in, as the article's language writes them („…“, «…», 「…」). */
export function quoteMarks(lang: string | null | undefined): readonly [string, string] {
  const marks = QUOTE_MARKS as unknown as Record<string, [string, string]>;
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (base !== '_comment' && marks[base]) || marks.default!;
}
