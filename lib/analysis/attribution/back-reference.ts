// "“Es una tragedia”. Con esas palabras ha descrito Moreno el incendio": a quotation that closes its sentence (all of
// it, or its end: 'Welcher Gruppe sie sich anschließen, „ist oft Zufall“. So beschreibt es …'), and the next sentence opens by pointing back at it (rules.backReference: "with those words", "así") before a verb
// of saying and its subject: that subject spoke the words.

import { forwardMention } from './mention';
import { sayStart } from './verbs';
import type { Attr } from './after';
import type { Doc, Site } from './site';
import { hasLetter } from '../text/props';

export function backReference(doc: Doc, st: Site): Attr | null {
  const { text, rules } = doc;
  if (!rules.backReference.length) return null;
  // the quotation closes its sentence: its own full stop inside or after the closing mark
  const gap = /^\s*\.?\s+/.exec(text.slice(st.q.close, st.q.close + 4));
  if (!gap || !(/[.!?…]$/.test(st.inner.trimEnd()) || gap[0].includes('.'))) return null;
  const a = st.q.close + gap[0].length, next = text.slice(a, Math.min(st.para.end, a + 200));
  const low = next.toLowerCase();
  const p = [...rules.backReference].sort((x, y) => y.length - x.length).find((x) => low.startsWith(x) && !hasLetter(low[x.length] ?? ''));
  if (!p) return null;
  const rest = next.slice(p.length).replace(/^,?\s*/, '');
  // a verb that frames the words pointed back at does as well ("So beschreibt es …", "Así lo calificó …")
  const verb = sayStart(doc.verbs, rest) ?? doc.verbs.any.start(rest);
  if (!verb || verb.index !== 0) return null;
  let from = a + next.indexOf(rest) + verb[0].length;
  // the words pointed back at, as the verb's object before its subject ("So beschreibt es Eren Güvercin"): the
  // language's impersonal pronoun (rules.pronouns 'x') is passed over
  const object = /^\s*(\p{L}+)\s+/u.exec(text.slice(from, from + 12));
  if (object && doc.rules.pronouns.get(object[1]!.toLowerCase()) === 'x') from += object[0].length - 1;
  const fm = forwardMention(text, from + (text.slice(from).length - text.slice(from).trimStart().length), Math.min(st.para.end, a + 200), rules);
  return fm ? { m: fm, how: 'back-ref' } : null;
}
