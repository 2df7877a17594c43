// The analysis stage: key quotes with their speakers resolved to full names, and the parties of the story, from the
// clean article text. Pure and synchronous (no DOM, no Node APIs): the extension and the CLI run the same code.
//
//   language → tokens and sentences (text/) → entity mentions (the tagger, ner/) → quotations (quotes/)
//   → parties (parties/) → attribution (attribution/) → party list and key quotes (parties/rank.ts, keyquotes.ts)
//
// Models: the entity tagger's models are loaded by the host from bytes. `modelFile(input)` names the file a text
// needs (its language's model, or multi.bin); the host reads it, parses it once with `parseModel` and passes it:
// `analyzeArticle(input, { ner })`. With the multilingual model, the list keeps only parties with strong evidence;
// without any model, names are found as capitalised runs.

import type { Party, Quote } from '../types';
import { rulesFor, type Rules } from '../rules/languages';
import { resolveLang, scan, visibleText } from './text';
import { isNameComplement } from './quotes/name-part';
import { isHeadingCopy } from './quotes/heading-copy';
import { quotations, isScareQuote, isTitleLike, isNameInMarks, isNamedThing, isQuotedHeading, isArticledName, isBracketedTerm } from './quotes';
import { buildRegistry, rankParties, type Registry, type SpeakerEvidence } from './parties';
import { attribute, makeDoc, Speakers, type Attributed, type AttributeOptions } from './attribution';
import type { Doc } from './attribution/site';
import type { Who } from './attribution/speakers';
import { shownName } from './attribution/given-name';
import { markKeyQuotes } from './keyquotes';
import { ownModel, tagEntities } from './entities';
import { modelFileFor, type NerModel } from './ner';

export type { EntitySpan } from './entities';
export { loadModel, parseModel, type NerModel } from './ner';

export interface AnalyzeInput {
  /** Clean article body: headline excluded, paragraphs separated by a blank line; the visible text (`visibleText`:
   * no soft hyphen inside a word), as the pipeline's article gives it. Quotes' offsets are into it. */
  text: string;
  title?: string | null;
  /** The page's declared language (a BCP 47 tag), when it has one. */
  lang?: string | null;
  /** The site's name: never a party of its own stories. */
  site?: string | null;
}

export interface AnalyzeModels {
  /** The entity tagger's model for the text (`modelFile(input)`), parsed by the host; none: capitalised runs. */
  ner?: NerModel | null;
  /** The speaker ranker's weights (default: the trained ones; null: rules alone) and a trace of its choices. */
  attribution?: AttributeOptions;
}

export interface Analysis {
  quotes: Quote[];
  parties: Party[];
  /** The language the text was analysed as (the declared one, or the guess from the text), when known. */
  lang?: string | null;
}

// The host asks for the text's model file (modelFile), then analyses it: the language is resolved once for both.
let lastLang: { text: string; declared: string | null; lang: string | null } | null = null;

/** The language a text is analysed as: the declared one unless its script or words say otherwise, else a guess. */
export function analysisLanguage(input: Pick<AnalyzeInput, 'text' | 'lang'>): string | null {
  const text = input.text ?? '', declared = input.lang ?? null;
  if (lastLang?.text === text && lastLang.declared === declared) return lastLang.lang;
  const lang = resolveLang(declared, text.slice(0, 5000));
  lastLang = { text, declared, lang };
  return lang;
}

/** The file of the tagger model a text needs: its language's model, or the multilingual one ("multi.bin"). */
export function modelFile(input: Pick<AnalyzeInput, 'text' | 'lang'>): string {
  return modelFileFor(analysisLanguage(input));
}

/** Quotations that are none: titles, and scare quotes, that nobody is said to have spoken. */
function isQuotation(a: Attributed, text: string, rules: Rules, reg: Registry): boolean {
  if (a.q.multi) return true;
  if (isNamedThing(text, a.q, rules, (pos) => reg.within(pos, pos + 1).length > 0)) return false;
  // (a crosshead in marks, a name an article brings in: whoever the cascade found near them said nothing)
  if (isQuotedHeading(text, a.q) || isArticledName(text, a.q, rules) || isNameComplement(text, a.q, rules)) return false;
  // (「鞍替え」, 「さくらカップ」: a term in brackets, unless its own sentence gives it a speaker by a particle or a document)
  if (!a.how.startsWith('cjk') && isBracketedTerm(text, a.q, rules)) return false;
  if (a.who !== null || a.mention) return true;
  const inner = text.slice(a.q.start, a.q.end);
  return !isTitleLike(inner) && !isScareQuote(inner) && !isNameInMarks(text, a.q, rules);
}

function toQuotes(attributed: Attributed[], book: Speakers, doc: Doc): Quote[] {
  const { text, rules } = doc, names = new Map<Who, string>();
  const marks = attributed.map((a) => a.q);
  // (a crosshead copying words the story quotes is no second utterance)
  return attributed.filter((a) => isQuotation(a, text, rules, book.reg) && !isHeadingCopy(text, a.q, marks)).map((a) => ({
    text: text.slice(a.q.start, a.q.end),
    speaker: a.who === null ? null : a.joint?.name ?? shownName(doc, book, a.who, names),
    speakerMention: a.mention,
    key: false,
    kind: a.kind,
    start: a.q.start,
    end: a.q.end,
  }));
}

function speakerEvidence(attributed: Attributed[], book: Speakers): SpeakerEvidence {
  const ev: SpeakerEvidence = { quotes: new Map(), newSpeakers: new Map() };
  for (const a of attributed) {
    if (a.who === null) continue;
    // (each of the persons who speak together has the words)
    for (const w of a.joint?.who ?? []) if (w !== book.id(a.who)) ev.quotes.set(w, (ev.quotes.get(w) ?? 0) + 1);
    if (a.who >= 0) { ev.quotes.set(a.who, (ev.quotes.get(a.who) ?? 0) + 1); continue; }
    const name = book.name(a.who), kind = book.kind(a.who);
    const s = ev.newSpeakers.get(name) ?? { quotes: 0, first: a.q.start, kind: kind === 'organization' ? 'organization' : 'person' };
    s.quotes++;
    ev.newSpeakers.set(name, s);
  }
  return ev;
}

export function analyzeArticle(given: AnalyzeInput, models: AnalyzeModels = {}): Analysis {
  // The text is read as given, so that the quotes' offsets and texts are into the caller's text: the pipeline gives
  // the visible one (soft hyphens and zero-width spaces inside words, which would cut names, taken out: pipeline.ts).
  // The title, which no offset points into, is made visible here for the names it shares with the text.
  const input = { ...given, text: given.text ?? '', title: given.title && visibleText(given.title) };
  const text = input.text;
  if (!text.trim()) return { quotes: [], parties: [] };
  const lang = analysisLanguage(given); // as modelFile found it, for the model the host loaded
  const rules: Rules = rulesFor(lang);
  const doc = scan(text);
  const raw = quotations(text, doc.paragraphs, rules.lang);
  const ner = models.ner ?? null;
  const strict = !!ner && !ownModel(ner, lang);
  const reg = buildRegistry(doc, raw, rules, ner ? tagEntities(ner, doc) : null, { strict, title: input.title });
  const book = new Speakers(reg);
  const adoc = makeDoc(text, rules, reg, raw, doc, input.title);
  const attributed = attribute(adoc, book, models.attribution);
  const quotes = toQuotes(attributed, book, adoc);
  const parties = rankParties(reg, rules, speakerEvidence(attributed, book), { strict, tagged: !!ner, site: input.site });
  markKeyQuotes(quotes, rules, input.title, parties.flatMap((p) => [p.name, ...p.aliases]), text);
  return { quotes, parties, lang };
}
