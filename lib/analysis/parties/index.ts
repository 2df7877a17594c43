// The parties stage, before attribution: name mentions (the tagger's, or capitalised runs without a model) made
// into parties with types, aliases, descriptions and roles. Attribution reads the registry; `rankParties` (rank.ts)
// then lists the parties with what attribution found (who spoke).

import type { Rules } from '../../rules/languages';
import type { ScannedText } from '../text';
import type { RawQuote } from '../quotes';
import type { EntitySpan } from '../entities';
import { Registry } from './registry';
import { wordsOf, lowerForms, type Word } from './words';
import { uncapDatelines, uncapHeadings } from './headings';
import { capitalisedRuns } from './runs';
import { classify, country, type Candidate, type ClassifyContext } from './classify';
import { gazetteer } from './countries';
import { definedAcronyms, knownAs } from './acronyms';
import { linkShortForms } from './merge';
import { describeParties, eventRoles } from './describe';
import { settleKind } from './kinds';
import { isTitleWord } from './lexicon';

export { Registry, type PartyRecord, type Mention, type PartyKind } from './registry';
export { rankParties, type SpeakerEvidence } from './rank';
export { kindOf } from './kinds';

/** A test for "inside a quotation of at most four words" (a title or a term, not a name), by binary search. */
function shortQuoteTest(text: string, quotes: readonly RawQuote[]): (pos: number) => boolean {
  const short = quotes.filter((q) => text.slice(q.start, q.end).split(/\s+/).length <= 4);
  return (pos) => {
    let lo = 0, hi = short.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (short[mid].end <= pos) lo = mid + 1; else hi = mid; }
    return lo < short.length && short[lo].start <= pos;
  };
}

/** Candidates from the tagger's spans: the words each covers (with the titles right before it), its type and confidence. */
function taggerCandidates(text: string, words: readonly Word[], spans: readonly EntitySpan[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  let wi = 0;
  for (const sp of spans) {
    while (wi < words.length && words[wi].e <= sp.start) wi++;
    let k = wi;
    while (k < words.length && words[k].s < sp.end) k++;
    if (k === wi) continue;
    // "Trainer Murat Yakin", "Secretary of State Mike Pompeo": titles before the span go with it, to be split off
    let a = wi;
    while (a > 0 && wi - a < 4 && words[a].joined && !words[a - 1].stop && (isTitleWord(words[a - 1].t, rules) || (a - 2 >= 0 && rules.nameParticles.has(words[a - 1].l) && isTitleWord(words[a - 2].t, rules)))) a--;
    while (a < wi && rules.nameParticles.has(words[a].l)) a++;
    const ws = words.slice(a, k);
    const s = ws[0].s, e = ws[ws.length - 1].e;
    out.push({ words: ws, s, e, text: text.slice(s, e), prevWord: a > 0 ? words[a - 1].l : '', source: 'tagger', tag: sp.type, confidence: sp.score });
  }
  return out;
}

/**
 * Name candidates in text order: the tagger's spans, and capitalised runs where the tagger found nothing (those
 * count as names only with more evidence: see rank.ts).
 */
function candidatesOf(text: string, words: readonly Word[], rules: Rules, entities: readonly EntitySpan[] | null): Candidate[] {
  const runs = capitalisedRuns(text, words, lowerForms(words), rules).map((r): Candidate => ({ ...r, source: 'runs' }));
  if (!entities) return runs;
  // runs the tagger left alone (any span it found, MISC included, wins): one sweep over both, in text order
  const rest: Candidate[] = [];
  let k = 0;
  for (const r of runs) {
    while (k < entities.length && entities[k].end <= r.s) k++;
    if (k < entities.length && entities[k].start < r.e) continue;
    rest.push(r);
  }
  const tagged = taggerCandidates(text, words, entities.filter((e) => e.type !== 'MISC'), rules);
  return [...tagged, ...rest].sort((a, b) => a.s - b.s);
}

/** Build the parties of a scanned text. `entities`: the tagger's spans, or null to find names without a model. */
export function buildRegistry(doc: ScannedText, quotes: readonly RawQuote[], rules: Rules, entities: readonly EntitySpan[] | null): Registry {
  const { text } = doc;
  const reg = new Registry(text);
  const words = wordsOf(doc);
  uncapDatelines(text, doc.paragraphs, words);
  uncapHeadings(text, doc.paragraphs, words);
  const gaz = gazetteer(rules.lang);
  const ctx: ClassifyContext = { reg, rules, gaz, acronyms: new Map(), inShortQuote: shortQuoteTest(text, quotes) };
  ctx.acronyms = definedAcronyms(reg, rules, gaz, (code) => country(ctx, code));
  for (const c of candidatesOf(text, words, rules, entities)) classify(ctx, c);
  knownAs(reg);
  linkShortForms(reg, rules);
  describeParties(reg, rules);
  eventRoles(reg);
  for (const p of reg.live()) settleKind(p, rules);
  reg.seal();
  return reg;
}
