// Named-entity spans for the parties stage, from the trained tagger (lib/analysis/ner) when the host loaded a model.
// Hosts read a model's bytes (the extension fetches them from its package, the CLI reads them from disk), parse
// them with `parseModel` and hand the model to analyzeArticle; `modelFile` tells them which file a text needs.

import type { ScannedText } from './text';
import { MODEL_LANGS, tagScanned, type NerModel } from './ner';

/** A name the tagger found: character offsets into the article text, its type and the tagger's confidence (0..1). */
export interface EntitySpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  score: number;
  /** The tagger's probability that the name begins one word earlier (see Mention.before). */
  before?: number;
}

/** The tagger's mentions of a scanned text. */
export function tagEntities(model: NerModel, doc: ScannedText): EntitySpan[] {
  return tagScanned(model, doc).map((m) => ({ start: m.start, end: m.end, type: m.type, score: m.score, before: m.before }));
}

/**
 * Was the model trained on the text's own language? Its own model was; so was the pooled model, trained on the data
 * of every language that has some, for the languages it serves because it scored better on them (sv, sk). For the
 * other languages the pooled model is a fallback that never saw them: the parties then need stronger evidence.
 */
export const ownModel = (model: NerModel, lang: string | null) =>
  !!lang && (model.lang === lang || (model.lang === 'multi' && MODEL_LANGS.includes(lang)));
