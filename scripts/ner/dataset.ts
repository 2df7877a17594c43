// Corpus documents to training sentences: features from the same code the tagger runs, with the document's
// evidence (capitalisation elsewhere, repetition) taken over each document.
import { documentFeatures, T, type FeatureSet, type SentenceFeatures } from '../../lib/analysis/ner/features';
import { feature, hashString } from '../../lib/analysis/ner/hash';
import type { TaggedDoc } from './corpus';
import type { TrainSentence } from './perceptron';

export function trainingSentences(docs: readonly TaggedDoc[], set: FeatureSet, weight = 1, wordDropout = 0): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const doc of docs) {
    const feats = documentFeatures(doc.map((s) => s.words), set);
    doc.forEach((s, k) => out.push({ feats: wordDropout ? dropWords(feats[k]!, s.words, wordDropout) : feats[k]!, tags: s.tags, weight }));
  }
  return out;
}

/**
 * The sentence's features with the own-word feature of some tokens left out (a seeded choice by the word and its
 * place, about `rate` of the tokens): the model must also learn where a name starts from the evidence around a
 * word it does not know, as it meets every name in a language it never saw.
 */
export function dropWords(f: SentenceFeatures, words: readonly string[], rate: number): SentenceFeatures {
  const hashes: number[] = [], offsets = new Int32Array(f.offsets.length);
  words.forEach((w, i) => {
    const own = feature(T.W, hashString(w.toLowerCase()));
    const drop = ((Math.imul(hashString(w) ^ (i * 0x9e3779b1), 2654435761) >>> 0) / 2 ** 32) < rate;
    for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) if (!drop || f.hashes[k] !== own) hashes.push(f.hashes[k]!);
    offsets[i + 1] = hashes.length;
  });
  return { hashes: Uint32Array.from(hashes), offsets };
}
