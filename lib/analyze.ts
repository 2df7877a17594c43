// The analysis stage: key quotes with their speakers, and the parties of the story, from the clean article text.
// Pure TypeScript (no DOM, no Node APIs): runs in the content script, the extension pages and the CLI alike.

import type { Party, Quote } from './types';
import { findQuotes, paragraphs } from './quotes';
import { attribute } from './attribution';
import { buildRegistry, finalize } from './parties';
import { GENERIC_SPEAKERS } from './rules/entity-words';

export interface AnalyzeInput {
  /** Clean article body: headline excluded, paragraphs separated by a blank line. */
  text: string;
  title?: string | null;
  lang?: string | null;
}

export interface Analysis {
  quotes: Quote[];
  parties: Party[];
}

const LANGS = new Set(['en', 'de', 'fr', 'it', 'es']);

const LANG_WORDS: [string, string[]][] = [
  ['en', ['the', 'and', 'of', 'said', 'to', 'is']],
  ['de', ['der', 'die', 'und', 'das', 'nicht', 'sagte', 'ist']],
  ['fr', ['le', 'les', 'et', 'des', 'est', 'une', 'du']],
  ['it', ['il', 'che', 'di', 'è', 'della', 'per', 'non']],
  ['es', ['el', 'los', 'que', 'del', 'las', 'por', 'y']],
];
const WORD_LANG = new Map<string, number>();
LANG_WORDS.forEach(([, ws], k) => { for (const w of ws) WORD_LANG.set(w, k); });
const MAX_WORD = Math.max(...[...WORD_LANG.keys()].map((w) => w.length));

/** A language guess from function words, for texts that come without one. */
export function guessLang(text: string): string {
  const sample = ` ${text.slice(0, 4000).toLowerCase()} `;
  // Occurrences of " word " (each word counted without overlap, as splitting the sample on it would), found by
  // walking from space to space.
  const counts = LANG_WORDS.map(() => 0);
  const last = new Map<string, number>();
  let i = sample.indexOf(' ');
  while (i >= 0) {
    const j = sample.indexOf(' ', i + 1);
    if (j < 0) break;
    if (j - i - 1 <= MAX_WORD && j - i > 1) {
      const w = sample.slice(i + 1, j);
      const k = WORD_LANG.get(w);
      if (k !== undefined && i > (last.get(w) ?? -1)) { counts[k]++; last.set(w, j); }
    }
    i = j;
  }
  const scores: [string, number][] = LANG_WORDS.map(([l], k) => [l, counts[k]]);
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > 0 ? scores[0][0] : 'en';
}

const NOT_KEY_MENTION = /\b(?:signs?|banners?|placards?|slogans?|chants?|posters?|graffiti|fans|crowds?|protesters|demonstrators|streikende|cartelli|banderole|pancartes?|transparente?n?)\b/i;

function keyScore(q: Quote): number {
  const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const n = words.length;
  if (!q.speaker && !q.speakerMention) return 0;
  if (q.speakerMention && NOT_KEY_MENTION.test(q.speakerMention) && !q.speaker) return 0;
  if (n < 4) return 0;
  // titles and slogans: most words capitalised
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (n <= 8 && caps / n > 0.6) return 0;
  if (q.kind === 'partial' && n < 16) return 0;
  let s = Math.min(n, 40) / 40 + (q.kind === 'partial' ? 0 : 0.5) + (q.speaker ? 0.5 : 0);
  if (/[.!?]["”»]?$/.test(q.text) || /,$/.test(q.text)) s += 0.1;
  return Math.round(s * 1000) / 1000;
}

export function analyzeArticle(input: AnalyzeInput): Analysis {
  const text = input.text ?? '';
  if (!text.trim()) return { quotes: [], parties: [] };
  const l0 = (input.lang ?? '').toLowerCase().slice(0, 2);
  const lang = LANGS.has(l0) ? l0 : guessLang(text);
  const paras = paragraphs(text);
  const raw = findQuotes(text, paras, lang);
  const reg = buildRegistry(text, paras, raw, lang);
  const quotes = attribute(text, paras, raw, reg, lang);
  for (const q of quotes) {
    const s = keyScore(q);
    q.key = s > 0;
    if (q.key) q.score = s;
    if (q.speakerMention && GENERIC_SPEAKERS.has(q.speakerMention.toLowerCase()) && q.speaker) q.speaker = null;
  }
  const parties = finalize(reg, lang);
  // A speaker that did not make it into the party list (filtered as a place, say) keeps its name on the quote.
  return { quotes, parties };
}
