// Named-entity spans for the parties stage, from the trained tagger (lib/analysis/ner) when the host loaded a model.
// Hosts load models from bytes (the extension fetches them, the CLI reads them from disk) and hand them to
// analyzeArticle; `modelLanguage` tells them which model a text needs.

import type { ScannedText } from './text';

/** A name the tagger found: character offsets into the article text, its type and the tagger's confidence (0..1). */
export interface EntitySpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  score: number;
}

/** A loaded tagger: the language it was trained for (null for the language-independent one) and its tagging. */
export interface EntityTagger {
  lang: string | null;
  tag(doc: ScannedText): EntitySpan[];
}

/** The tagger to use for a language: its own model, else the language-independent one; and whether it is its own. */
export function pickTagger(taggers: readonly EntityTagger[] | undefined, lang: string | null): { tagger: EntityTagger | null; own: boolean } {
  const own = taggers?.find((t) => t.lang !== null && t.lang === lang);
  if (own) return { tagger: own, own: true };
  return { tagger: taggers?.find((t) => t.lang === null) ?? null, own: false };
}
