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

/** A language guess from function words, for texts that come without one. */
export function guessLang(text: string): string {
  const sample = ` ${text.slice(0, 4000).toLowerCase()} `;
  const count = (ws: string[]) => ws.reduce((n, w) => n + (sample.split(` ${w} `).length - 1), 0);
  const scores: [string, number][] = [
    ['en', count(['the', 'and', 'of', 'said', 'to', 'is'])],
    ['de', count(['der', 'die', 'und', 'das', 'nicht', 'sagte', 'ist'])],
    ['fr', count(['le', 'les', 'et', 'des', 'est', 'une', 'du'])],
    ['it', count(['il', 'che', 'di', 'è', 'della', 'per', 'non'])],
    ['es', count(['el', 'los', 'que', 'del', 'las', 'por', 'y'])],
  ];
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
