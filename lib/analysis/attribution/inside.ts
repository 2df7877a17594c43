// The attribution written inside the quotation marks: « A, explique X, président. B » and « A, dit-il. B ».

import { forwardMention } from './mention';
import { sayStart } from './verbs';
import type { Doc, Site } from './site';
import type { Attr } from './after';

export function incise(doc: Doc, st: Site): Attr | null {
  const inc = st.q.incise;
  if (!inc) return null;
  const { text, verbs, rules } = doc;
  const it = text.slice(inc.start, inc.end);
  const vm = sayStart(verbs, it) ?? /^[^\s-]+(?=-(?:t-)?(?:il|elle|on)\b)/.exec(it);
  if (!vm) return null;
  const ms = inc.start + vm[0].length;
  const f = /^-(?:t-)?(il|elle)/.exec(text.slice(ms, ms + 8));
  if (f) return { m: { s: ms + f[0].length - f[1]!.length, e: ms + f[0].length }, how: 'incise' };
  const from = ms + (text.slice(ms, ms + 40).length - text.slice(ms, ms + 40).trimStart().length);
  const fm = forwardMention(text, from, inc.end, rules);
  return fm ? { m: fm, how: 'incise' } : null;
}
