// An esbuild plugin for the CLI's bundle, changes to linkedom that keep its behaviour:
// - its EventTarget makes a Map of listeners for every node it builds (every element, text and attribute of a page)
//   and keys it in a WeakMap, before anything listens: in a CLI profile of the AEB batch that constructor was ~5 % of
//   a worker's time, and the WeakMap's entries add to every garbage collection. Here the Map is made by the first
//   addEventListener instead; a node nobody listens to has none, which dispatching already allows for (`if (map && …)`).
// - querySelector(All) compiled its selector (css-select) on every call, ~3 % of a worker's time: the compiled test
//   is kept per selector text and case mode (it depends on nothing else unless the selector says :scope).
// Each replaced text must be found: a linkedom release that changes it fails the build, so the patch is looked at again.
import fs from 'node:fs';

const REPLACEMENTS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);\n'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];

const COMPILE = `prepareMatch = (element, selectors) => CSSselect.compile(
  selectors,
  {
    context: selectors.includes(':scope') ? element : void 0,
    xmlMode: !ignoreCase(element),
    adapter
  }
);`;
const CACHED_COMPILE = `prepareMatch = (element, selectors) => {
  const xmlMode = !ignoreCase(element);
  if (typeof selectors !== 'string' || selectors.includes(':scope'))
    return CSSselect.compile(selectors, {context: selectors.includes(':scope') ? element : void 0, xmlMode, adapter});
  const key = (xmlMode ? 'x ' : 'h ') + selectors;
  let test = compiledSelectors.get(key);
  if (!test) {
    if (compiledSelectors.size >= 1000) compiledSelectors.clear();
    compiledSelectors.set(key, test = CSSselect.compile(selectors, {xmlMode, adapter}));
  }
  return test;
};
const compiledSelectors = new Map;`;

// An HTML element's tagName and nodeName (and getElementsByTagName's test) made a new upper-case string at every
// read: Readability and the pipeline read them millions of times a batch. Each name's upper case is kept instead
// (the same text; a string's identity is not observable).
const LOCAL_CASE = `=> {
  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;
};`;
const CACHED_LOCAL_CASE = `=> {
  if (!ownerDocument[MIME].ignoreCase) return localName;
  let upper = upperNames.get(localName);
  if (upper === undefined) {
    if (upperNames.size >= 1000) upperNames.clear();
    upperNames.set(localName, upper = localName.toUpperCase());
  }
  return upper;
};
const upperNames = new Map;`;

// getElementsByTagName asked every element that is not the tag its upper-case name too (a Map lookup above). A name
// with a lower-case letter is never an upper-cased name, so for 'img', 'a', 'p' (every call the pipeline and
// Readability make) the second test cannot match and is skipped; an upper-case or XML name is tested as before.
const BY_TAG = `      if (next.nodeType === ELEMENT_NODE && (
        next.localName === tagName ||
        localCase(next) === tagName
      ))`;
const BY_TAG_LOWER = `      if (next.nodeType === ELEMENT_NODE && (
        next.localName === tagName ||
        (!lower && localCase(next) === tagName)
      ))`;
const BY_TAG_START = `  getElementsByTagName(tagName) {
    const elements = new NodeList;`;
const BY_TAG_START_LOWER = `  getElementsByTagName(tagName) {
    const elements = new NodeList;
    const lower = typeof tagName === 'string' && tagName !== tagName.toUpperCase();`;

// The parser set each class attribute through `className`, which made the element's DOMTokenList (a Set of its
// tokens), emptied it, filled it again and wrote the tokens back, joined: the attribute's value is its distinct
// tokens joined by one space. Here the parser writes that value to the attribute through the same setter (the same
// change records) and leaves the list to be made from it at its first use (as a clone's is: cloneNode copies
// attributes only), so that elements whose classes nobody asks for get none; the tokens, in the same order, are
// read back from that value.
const PARSED_CLASS = `  if (attribute.name === 'class')
    element.className = value;`;
const PARSED_CLASS_LAZY = `  if (attribute.name === 'class')
    attribute.value = [...new Set(String(value).split(/\\s+/))].filter(Boolean).join(' ');`;

// getAttribute('class') and className read the list's `value`, a new string joined from the Set at every read
// (Readability and the pipeline ask every element). The joined text is kept until the list changes: every change
// by the list's own methods ends in `update`, and the Set's own delete and clear are wrapped too.
const TOKEN_UPDATE = `const update = ({[OWNER_ELEMENT]: ownerElement, value}) => {`;
const TOKEN_UPDATE_CACHED = `const JOINED = Symbol('joined');
const update = (self) => {
  self[JOINED] = undefined;
  const {[OWNER_ELEMENT]: ownerElement, value} = self;`;
const TOKEN_VALUE = `  get value() { return [...this].join(' '); }`;
const TOKEN_VALUE_CACHED = `  get value() { return this[JOINED] ??= [...this].join(' '); }
  delete(token) { this[JOINED] = undefined; return super.delete(token); }
  clear() { this[JOINED] = undefined; super.clear(); }`;
const TOKEN_ADD = `      add.call(self, token);`;
const TOKEN_ADD_CACHED = `      self[JOINED] = undefined, add.call(self, token);`;

/** The patched source of linkedom's event-target.js, matches.js, utils.js, parent-node.js, parse-from-string.js or
 * token-list.js; throws when a text to replace is missing. */
export function lazyListeners(source, file = 'event-target.js') {
  const replacements = /matches\.js$/.test(file) ? [[COMPILE, CACHED_COMPILE]] : /utils\.js$/.test(file) ? [[LOCAL_CASE, CACHED_LOCAL_CASE]]
    : /parent-node\.js$/.test(file) ? [[BY_TAG_START, BY_TAG_START_LOWER], [BY_TAG, BY_TAG_LOWER]]
    : /parse-from-string\.js$/.test(file) ? [[PARSED_CLASS, PARSED_CLASS_LAZY]]
    : /token-list\.js$/.test(file) ? [[TOKEN_UPDATE, TOKEN_UPDATE_CACHED], [TOKEN_VALUE, TOKEN_VALUE_CACHED], [TOKEN_ADD, TOKEN_ADD_CACHED]] : REPLACEMENTS;
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`${file}: linkedom changed; scripts/lazy-listeners.mjs cannot find:\n${from}`);
    return text.replace(from, to);
  }, source);
}

export const LAZY_LISTENERS = {
  name: 'linkedom-lazy-listeners',
  setup(build) {
    build.onLoad({ filter: /linkedom[\\/](esm|cjs)[\\/](interface[\\/]event-target|shared[\\/](matches|utils|parse-from-string)|mixin[\\/]parent-node|dom[\\/]token-list)\.js$/ }, (args) => ({
      contents: lazyListeners(fs.readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
