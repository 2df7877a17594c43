// Corpus documents to training sentences: features from the same code the tagger runs, with the document's
// evidence (capitalisation elsewhere, repetition) taken over each document.
import { documentFeatures, type FeatureSet } from '../../lib/analysis/ner/features';
import type { TaggedDoc } from './corpus';
import type { TrainSentence } from './perceptron';

export function trainingSentences(docs: readonly TaggedDoc[], set: FeatureSet, weight = 1): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const doc of docs) {
    const feats = documentFeatures(doc.map((s) => s.words), set);
    doc.forEach((s, k) => out.push({ feats: feats[k]!, tags: s.tags, weight }));
  }
  return out;
}
