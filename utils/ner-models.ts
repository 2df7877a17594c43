// The extension's host for the entity tagger's models: fetches a model file from the extension package (only when
// an article is analysed, in the offscreen document: never in the every-page content script), parses it once.
// The files are lib/analysis/ner/models/*.bin, shipped at /ner-models/ and listed as web-accessible resources (see
// the analysis notes: the build must copy them there). A model that cannot be loaded leaves the analysis to its
// capitalised-run fallback. loadModel sets up the tagger's WebAssembly core asynchronously (a page's main thread
// refuses to compile a module over 4 KB synchronously); where WebAssembly is refused, the tagger runs in JavaScript.
import { browser } from 'wxt/browser';
import { loadModel, type NerModel } from '../lib/analysis';

const loaded = new Map<string, Promise<NerModel | null>>();

/** The parsed model in `file` ("en.bin", "multi.bin"), or null when the package lacks it. */
export function nerModel(file: string): Promise<NerModel | null> {
  let p = loaded.get(file);
  if (!p) {
    const url = (browser.runtime.getURL as (path: string) => string)(`/ner-models/${file}`);
    p = fetch(url)
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${r.status}`))))
      .then((buf) => loadModel(new Uint8Array(buf)))
      .catch(() => null);
    loaded.set(file, p);
  }
  return p;
}
