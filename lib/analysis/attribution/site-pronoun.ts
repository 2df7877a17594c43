// The words the text uses for a speaker at the quotation itself: "Asked which county was his favourite, he demurred:
// “…”" is Cruz's, carried from the quotation before, and the text calls him "he" there. Where the answer's mention
// is a name read elsewhere (the quotation before, the sentence before), the personal pronoun of the speaker's gender
// that is the subject of a verb beside the quotation is the mention. The speaker stays who it is.

import type { Attributed } from './index';
import { pronounOf, wordsIn } from './mention';
import type { Doc, Site } from './site';
import type { Speakers } from './speakers';
import { verbMatches } from './verbs';
import { ATTRIBUTION } from '../weights';

/** Replaces a name read elsewhere by the pronoun that stands for the same speaker beside the quotation. */
export function sitePronouns(doc: Doc, book: Speakers, out: Attributed[], sites: readonly Site[]): void {
  out.forEach((o, qi) => {
    const st = sites[qi];
    if (!st || o.who === null || !o.mention || pronounOf(o.mention, doc.rules) || book.kind(o.who) !== 'person') return;
    const g = book.gender(o.who);
    if (g !== 'm' && g !== 'f') return;
    const after = Math.min(st.afterEnd, st.afterSentEnd);
    for (const [a, b] of [[st.sentA, st.q.open], [st.q.close, after]] as const) {
      const m = a < b ? subjectPronoun(doc, book, a, b, g, o.who!) : null;
      if (m) { o.mention = m; return; }
    }
  });
}

/** The first pronoun of gender g in text[a, b) that a verb follows closely ("he demurred", "He’s predicting"), when
 * the last person named before it in the stretch, if any, is the speaker ("Sen. Ted Cruz … so much so that he accused
 * …": the pronoun, not the name, is the subject of the verb that quotes; another person there may be its antecedent). */
function subjectPronoun(doc: Doc, book: Speakers, a: number, b: number, g: string, who: number): string | null {
  // (persons of the other gender do not compete: "he defended Melania Trump, saying")
  const persons = doc.reg.within(a, b).map((x) => ({ s: x.s, p: doc.reg.get(x.party) })).filter(({ p }) => p.kind === 'person' && (book.gender(p.id) ?? g) === g);
  const verbs = verbMatches(doc, doc.verbs.any, a, b).map((v) => a + v.index);
  for (const w of wordsIn(doc.text, a, b, doc.rules)) {
    const bare = w.w.replace(/['’]\p{L}+$/u, '');
    if (pronounOf(bare, doc.rules) !== g) continue;
    const named = persons.filter((x) => x.s < w.s);
    if (persons.some((x) => x.s > w.s) || (named.length && named[named.length - 1]!.p.id !== book.id(who))) return null;
    const e = w.s + bare.length;
    if (verbs.some((v) => v >= e && v - e <= ATTRIBUTION.sitePronounGap) || /^\s+\p{Ll}/u.test(doc.text.slice(e, b))) return doc.text.slice(w.s, e);
  }
  return null;
}
