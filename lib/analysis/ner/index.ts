// The entity tagger: people (PER), organisations (ORG), places (LOC) and other names (MISC) in a text, learnt from
// tagged corpora by scripts/train-ner.mjs (an averaged perceptron over hashed features, decoded by Viterbi).
// Pure: the host reads the model file and hands its bytes in; nothing here touches the network or a disk.
//
// Stable API (the analysis stages build on it):
//   modelFileFor(lang)        → the file name in lib/analysis/ner/models/ serving a language ("en.bin", or
//                               "multi.bin" for every language without a better model of its own; null → multi)
//   parseModel(bytes)         → NerModel (throws a clear Error on bytes that are not a model file); parse once, reuse
//   tagText(model, text)      → Mention[] in text order
//   tagScanned(model, scanned) → the same from a ScannedText (lib/analysis/text scan()), to share one scan
//   Mention = { start, end, text, type: 'PER' | 'ORG' | 'LOC' | 'MISC', score, first, last, sentence }
//     start/end: character offsets into the text; first/last: token indices of the scan (last exclusive);
//     score: the model's probability (0–1) that this exact span is a mention of this type — filter on it to
//     build parties precision-first.
// Hosts: the CLI reads the file with cli/ner-models.ts; the extension should fetch it from its package
// (runtime.getURL) only when analysis runs, never in the content script of every page.

export { loadModel, parseModel, type NerModel } from './model';
export { tagScanned, tagText, type Mention } from './tagger';
export { TYPES, type EntityType } from './tags';

/** Languages with a model trained on their own data. */
export const MODEL_LANGS: readonly string[] = ['en', 'de', 'pt', 'sv', 'da', 'hr', 'sk', 'zh'];

// Swedish and Slovak are served by the pooled model, which scored better than their own on their dev splits
// (text F1: sv 0.623 vs 0.526, sk 0.564 vs 0.496); the others by their own (see eval/ner-heldout.mjs).
const POOLED_BETTER = new Set(['sv', 'sk']);

/**
 * The model file serving a language (ISO 639-1 code or a tag such as "pt-BR"): its own, or multi.bin, trained on
 * all the data, for every other language (Japanese gets its Han names from the Chinese data in it; zh.bin learnt
 * from traditional characters).
 */
export function modelFileFor(lang: string | null | undefined): string {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0]!;
  return MODEL_LANGS.includes(code) && !POOLED_BETTER.has(code) ? `${code}.bin` : 'multi.bin';
}
