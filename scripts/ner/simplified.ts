// Chinese training text in simplified characters too: the UNER Chinese data (GSD) is written in traditional
// characters, most Chinese news in simplified ones (国 for 國, 说 for 說), and a character the model never saw is no
// evidence. Each token is converted alone by OpenCC's tables (opencc-js, a development dependency: training only),
// so the tags stay on their tokens; a token whose conversion changes its length is kept as it was.
import * as OpenCC from 'opencc-js';
import type { TaggedDoc } from './corpus';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function simplifiedDocs(docs: readonly TaggedDoc[]): TaggedDoc[] {
  const cache = new Map<string, string>();
  const convert = (w: string) => {
    let s = cache.get(w);
    if (s === undefined) { s = toSimplified(w); if (s.length !== w.length) s = w; cache.set(w, s); }
    return s;
  };
  return docs.map((doc) => doc.map((s) => ({ ...s, words: s.words.map(convert), text: s.text === undefined ? undefined : toSimplified(s.text) })));
}
