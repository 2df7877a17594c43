// A name and a colon before a quotation: "Former secretary of state Hillary Rodham Clinton: “…”", "- Philip Bump:
// “…”", a heading's "HEADLINE IN CAPITALS - Jeffrey M. Jones: “…”".

import type { Attr } from './after';
import type { Doc, Site } from './site';

// “„« –— ⏎ written as \uXXXX: String.raw keeps its text as written, and the bundles stay ASCII (scripts/ascii-source.mjs).
/** The words before a colon (an initial's period allowed: "Jeffrey M. Jones"), and the colon closing them. */
const COLON_WORDS = String.raw`((?:[^.!?:;\n]|(?<=(?:^|\s)\p{Lu})\.){2,80}):\s*["\u201C\u201E\u00AB]?\s*$`;
const COLON_AFTER_DASH = new RegExp(String.raw`(?:\s[-\u2013\u2014]\s+|^[-\u2013\u2014]\s*)` + COLON_WORDS, 'u');
const COLON_NAME = new RegExp(String.raw`(?:^|[.!?\u23CE\n]\s+)` + COLON_WORDS, 'u');

const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** `s` ends on a colon, then at most an opening mark, white space around it: both patterns' end, asked first (most
 * quotations follow no colon, and the patterns' \p{Lu} is then not compiled on a cold page). */
export function endsOnColon(s: string): boolean {
  let e = s.trimEnd().length;
  if (e > 0 && '"\u201C\u201E\u00AB'.includes(s[e - 1]!)) e = s.slice(0, e - 1).trimEnd().length;
  return s[e - 1] === ':';
}

/** "Former secretary of state Hillary Rodham Clinton: “…”", "- Philip Bump: “…”": a name and a colon before it. */
export function colonName(doc: Doc, st: Site): Attr | null {
  const { text } = doc;
  const before = text.slice(st.para.start, st.q.open);
  if (!endsOnColon(before)) return null;
  // (after a dash first: "HEADLINE IN CAPITALS - Jeffrey M. Jones: “…”" is the name's, not the headline's)
  const m = COLON_AFTER_DASH.exec(before) ?? COLON_NAME.exec(before);
  if (!m) return null;
  const s = st.para.start + m.index + m[0].indexOf(m[1]!);
  const span = { s, e: s + m[1]!.trimEnd().length };
  const ws = m[1]!.trim().split(/\s+/);
  const name = doc.reg.within(span.s, span.e).find((x) => x.e === span.e && doc.reg.get(x.party).kind === 'person');
  // "Das Fazit zu Wish:": a name after a preposition is what the words are about, not who says them
  const prev = WORD_BEFORE.exec(text.slice(span.s, name?.s ?? span.s))?.[1]?.toLowerCase();
  if (!name || ws.length > 8 || (prev && doc.rules.functionWords.has(prev) && !doc.rules.conjunctions.has(prev))) return null;
  return { m: span, how: 'colon-name' };
}
