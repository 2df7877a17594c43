// Training one model from corpus parts: features, the perceptron, quantisation, and the bytes of its file.
import { encodeModel, parseModel, type ModelHeader, type NerModel } from '../../lib/analysis/ner/model';
import { ALL_FEATURES, type FeatureSet } from '../../lib/analysis/ner/features';
import { TAG_NAMES } from '../../lib/analysis/ner/tags';
import { load, type CorpusPart, type TaggedDoc } from './corpus';
import { trainingSentences } from './dataset';
import { train } from './perceptron';
import { quantise } from './quantise';
import { nameCharTable } from '../../lib/analysis/ner/name-chars';
import { fitTemperature } from './calibrate';

export interface BuildOptions {
  lang: string;
  features?: FeatureSet;
  epochs?: number;
  seed?: number;
  minCount?: number;
  maxFeatures?: number;
  temperature?: number;
  about?: Record<string, unknown>;
  log?: (msg: string) => void;
  /**
   * Share of documents seen a second time without word and affix features, so that shape, case and document
   * evidence carry weight of their own (what the model has to go on in a language it never saw).
   */
  delexicalised?: number;
  /** Learn the name-prone Han and kana characters (name-chars.ts) from the training data. */
  nameChars?: boolean;
  /** Share of tokens whose own-word feature is left out in training (dataset.ts dropWords). */
  wordDropout?: number;
}

/** Folds of the name-character table: each document's features read a table counted without its fold. */
const NAME_CHAR_FOLDS = 5;

/** Training sentences; with name characters, each fold's read a table counted on the other folds (as text never seen). */
function sentencesOf(data: readonly WeightedDocs[], features: FeatureSet, nameChars: boolean, dropout = 0) {
  if (!nameChars) return data.flatMap((d) => trainingSentences(d.docs, features, d.weight, dropout));
  const fold = (k: number) => k % NAME_CHAR_FOLDS;
  return Array.from({ length: NAME_CHAR_FOLDS }, (_, f) => {
    const table = nameCharTable(data.flatMap((d) => d.docs.filter((_, k) => fold(k) !== f)).flat());
    return data.flatMap((d) => trainingSentences(d.docs.filter((_, k) => fold(k) === f), { ...features, nameChars: table }, d.weight));
  }).flat();
}

/** Training documents with the number of times each is seen an epoch. */
export interface WeightedDocs { docs: TaggedDoc[]; weight: number }

export function buildModel(data: readonly WeightedDocs[], opt: BuildOptions): { bytes: Uint8Array; model: NerModel } {
  const base0 = opt.features ?? ALL_FEATURES;
  const features = opt.nameChars ? { ...base0, nameChars: nameCharTable(data.flatMap((d) => d.docs).flat()) } : base0;
  const sentences = sentencesOf(data, base0, !!opt.nameChars, opt.wordDropout);
  if (opt.delexicalised) {
    const bare = { ...features, words: false, affixes: false };
    for (const d of data) {
      const picked = d.docs.filter((_, k) => ((k * 2654435761) >>> 0) / 2 ** 32 < opt.delexicalised!);
      sentences.push(...trainingSentences(picked, bare, 1));
    }
  }
  const base = { epochs: opt.epochs ?? 8, seed: opt.seed ?? 1, minCount: opt.minCount ?? 2, log: opt.log };
  const trained = train(sentences, base);
  const q = quantise(trained, opt.maxFeatures);
  const header: ModelHeader = {
    lang: opt.lang, tags: [...TAG_NAMES], features, scale: q.scale, temperature: opt.temperature ?? 1, about: opt.about,
  };
  const bytes = encodeModel({ ...header, keys: q.keys, weights: q.weights, transitions: q.transitions });
  return { bytes, model: parseModel(bytes) };
}

/**
 * A model with a fitted temperature: a first model trained without every tenth document gives the temperature on
 * those documents; the shipped model then trains on everything with the same options.
 */
export function buildCalibrated(data: readonly WeightedDocs[], opt: BuildOptions): { bytes: Uint8Array; model: NerModel } {
  const rest = data.map((d) => ({ ...d, docs: d.docs.filter((_, k) => k % 10 !== 9) }));
  const held = data.flatMap((d) => d.docs.filter((_, k) => k % 10 === 9));
  const temperature = fitTemperature(buildModel(rest, opt).model, held);
  opt.log?.(`temperature ${temperature}`);
  return buildModel(data, { ...opt, temperature });
}

const cache = new Map<string, TaggedDoc[]>();
/** A corpus part's documents (read once a process). */
export function docsOf(root: string, part: CorpusPart): TaggedDoc[] {
  let docs = cache.get(part.name);
  if (!docs) cache.set(part.name, docs = load(root, part));
  return docs;
}
