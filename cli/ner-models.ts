// Node host for the entity tagger's models: reads lib/analysis/ner/models/<file> from disk (the repo's copy, found
// from this module whether it runs from cli/ or from the dist/ bundle) and parses it once a process.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFileFor, parseModel, type NerModel } from '../lib/analysis/ner';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The models folder: ../lib/analysis/ner/models from cli/ and from dist/ alike. */
export const MODELS_DIR = path.resolve(here, '..', 'lib', 'analysis', 'ner', 'models');

const cache = new Map<string, NerModel>();

/** The model serving a language (the multilingual one for languages without their own), parsed once. */
export function loadNerModel(lang: string | null | undefined): NerModel {
  const file = modelFileFor(lang);
  let model = cache.get(file);
  if (!model) {
    const bytes = fs.readFileSync(path.join(MODELS_DIR, file));
    cache.set(file, model = parseModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  }
  return model;
}
