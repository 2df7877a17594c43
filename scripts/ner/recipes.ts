// What each shipped model trains on. Held-out material (EWT dev, the UNER dev splits, GermEval dev, WNUT17 test)
// is never listed here: scripts/ner/corpus.ts keeps it in HELDOUT, apart from TRAIN.
import type { FeatureSet } from '../../lib/analysis/ner/features';
import type { CorpusPart } from './corpus';

export interface Recipe {
  lang: string;
  /** Which training parts, and how many times each is seen an epoch. */
  train: [(p: CorpusPart) => boolean, number][];
  epochs?: number;
  maxFeatures?: number;
  features?: FeatureSet;
}

const lang = (l: string) => (p: CorpusPart) => p.lang === l;
const latin = (p: CorpusPart) => p.lang !== 'zh';

export const RECIPES: Recipe[] = [
  { lang: 'en', train: [[lang('en'), 1]], epochs: 6 },
  ...['de', 'pt', 'sv', 'da', 'hr', 'sk', 'zh'].map((l): Recipe => ({ lang: l, train: [[lang(l), 1]], epochs: 6 })),
  { lang: 'multi', train: [[latin, 1]], epochs: 6, maxFeatures: 120_000 },
];
