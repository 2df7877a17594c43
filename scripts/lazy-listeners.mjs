// An esbuild plugin for the CLI's bundle: linkedom's EventTarget makes a Map of listeners for every node it builds
// (every element, text and attribute of a page) and keys it in a WeakMap, before anything listens: in a CLI profile
// of the AEB batch that constructor was ~5 % of a worker's time, and the WeakMap's entries add to every garbage
// collection. Here the Map is made by the first addEventListener instead; a node nobody listens to has none, which
// dispatching already allows for (`if (map && …)`). Same behaviour; the pipeline never listens. Each replaced text
// must be found: a linkedom release that changes it fails the build, so that the patch is looked at again.
import fs from 'node:fs';

const REPLACEMENTS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

/** The patched source of linkedom's event-target.js; throws when a text to replace is missing. */
export function lazyListeners(source, file = 'event-target.js') {
  return REPLACEMENTS.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`${file}: linkedom changed; scripts/lazy-listeners.mjs cannot find:\n${from}`);
    return text.replace(from, to);
  }, source);
}

export const LAZY_LISTENERS = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/](esm|cjs)[\\/]interface[\\/]event-target\.js$/ }, (args) => ({
      contents: lazyListeners(fs.readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
