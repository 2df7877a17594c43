// "shows from Pixar Animation, “Star Wars,” Marvel Studios and Disney": a quotation that is one item of a list of
// names is a title or a name, nobody's words; the names beside it are the next items, not its speaker.

import type { Doc, Site } from './site';

/** Up to four capitalised words, then a conjunction (the list's last item follows). */
const NAMES_THEN = /^\s*,?\s*((?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+){1,4})(\p{Ll}+)\s/u;

/** The quotation stands between a comma and the next item of a list that a conjunction closes. */
export function listItem(doc: Doc, st: Site): boolean {
  if (!/,\s*$/.test(doc.text.slice(Math.max(st.sentA, st.q.open - 3), st.q.open))) return false;
  if (!/,\s*$/.test(st.inner) && !/^\s*,/.test(doc.text.slice(st.q.close, st.q.close + 2))) return false;
  const m = NAMES_THEN.exec(doc.text.slice(st.q.close, Math.min(st.afterSentEnd, st.q.close + 80)));
  return !!m && doc.rules.conjunctions.has(m[2]!);
}
