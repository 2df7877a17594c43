// "Para Hurtado, García Ortiz fue la persona que “dirigió los pasos”", "Estos mensajes, para el juez, son “…”",
// "Pour la syndicaliste, il n'existe qu'une voie pour « … »": a phrase set off by commas that says whose view the
// sentence states names the source of the quotation in it, as "according to" does (per-language `opinion` lists).

import type { Attr } from './after';
import type { Doc, Site } from './site';
import { forwardMention, pronounOf, type MentionSpan } from './mention';
import { roleOf } from '../parties/lexicon';
import { hitsIn, verbMatches } from './verbs';

/** The frame opens its sentence (after opening marks) or follows a comma ("Estos mensajes, para Hurtado, son"). */
const framePlace = (before: string) => /^[\s“"‘„«¿¡]*$/.test(before) || /,\s*$/.test(before);

/** The phrase can hold a view: a person or a body the text names, a role ("el juez"), a personal pronoun. */
function holdsView(doc: Doc, m: MentionSpan): boolean {
  const words = doc.text.slice(m.s, m.e).toLowerCase().split(/\s+/);
  const g = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  if (g) return g !== 'o' && g !== 'n';
  if (doc.reg.within(m.s, m.e).some((x) => ['person', 'organization'].includes(doc.reg.get(x.party).kind))) return true;
  return doc.rules.determiners.has(words[0]!) && !doc.rules.indefinites.has(words[0]!) && words.slice(1).some((w) => !!roleOf(w, doc.rules));
}

export function opinionBefore(doc: Doc, st: Site): Attr | null {
  if (!doc.verbs.opinion.size) return null;
  const { text } = doc;
  for (const h of hitsIn(doc, doc.verbs.opinion, st.sentA, st.q.open).reverse()) {
    const at = st.sentA + h.index, end = at + h[0].length;
    if (!framePlace(text.slice(st.sentA, at))) continue;
    const m = forwardMention(text, end + (/^\s*/.exec(text.slice(end))![0].length), st.q.open, doc.rules);
    // the phrase closes with its comma, and no verb of saying after it gives the words to somebody else
    if (!m || !/^\s*,/.test(text.slice(m.e, st.q.open)) || !holdsView(doc, m)) continue;
    if (verbMatches(doc, doc.verbs.say, m.e, st.q.open).length) return null;
    return { m, how: 'before-opinion' };
  }
  return null;
}

/** "A ses yeux, « … »", "In his view, “…”": a view the sentence gives to somebody by a possessive or a pronoun, set
 * off by its comma, is the view of the person the text is about (resolved as a pronoun without a gender is). */
export function ownViewBefore(doc: Doc, st: Site): Attr | null {
  if (!doc.verbs.ownView.size) return null;
  const { text } = doc;
  for (const h of hitsIn(doc, doc.verbs.ownView, st.sentA, st.q.open).reverse()) {
    const at = st.sentA + h.index, end = at + h[0].length;
    if (!framePlace(text.slice(st.sentA, at)) || !/^\s*,/.test(text.slice(end, st.q.open))) continue;
    return verbMatches(doc, doc.verbs.say, end, st.q.open).length ? null : { m: { s: at, e: end }, how: 'own-view' };
  }
  return null;
}
