// Who the text calls "he" and who "she": each gendered pronoun or possessive outside quotations votes for the person
// named nearest before it in its paragraph (not one that owns a noun); a clear majority gives the person a gender, so
// that "she" later does not resolve to a man. Titles and role nouns before a name ("Mrs", "Kriminologin") say it
// first; the votes do not overrule them.

import { GENDER } from '../weights';
import { insideQuote, type Doc } from './site';
import { isOwner } from './mention';
import { genderOf } from '../parties/lexicon';
import type { Gender } from '../../rules/languages';
import type { Speakers } from './speakers';
import { roleBeforeName, roleNounGender } from './role-gender';

export function learnGenders(doc: Doc, book: Speakers) {
  const { rules, reg, paras } = doc;
  titledGenders(doc, book);
  const votes = new Map<number, { m: number; f: number }>();
  // the scanner's word tokens (cut once for every stage), not a second pass over the text's characters
  let pi = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const g = rules.genderWords.get(t.text.toLowerCase());
    if ((g !== 'm' && g !== 'f') || insideQuote(doc, t.start)) continue;
    while (pi < paras.length - 1 && paras[pi]!.end <= t.start) pi++;
    // (not a possessive owner: in "a call to Omar’s office, in which he said …" "he" is the caller)
    const m = reg.lastBefore(t.start, GENDER.window, (party, x) => party.kind === 'person' && !isOwner(doc.text, x));
    if (!m || m.s < paras[pi]!.start || insideQuote(doc, m.s)) continue;
    const v = votes.get(m.party) ?? { m: 0, f: 0 };
    v[g]++;
    votes.set(m.party, v);
  }
  for (const [id, v] of votes) {
    const g = v.m >= GENDER.minVotes && v.m >= GENDER.ratio * v.f ? 'm' : v.f >= GENDER.minVotes && v.f >= GENDER.ratio * v.m ? 'f' : null;
    if (g) book.learnGender(reg.get(id).id, g);
  }
}

/** "Kriminologin Bärbel Bongartz", "the spokeswoman Jane Doe", "la portavoz, Ana Ruiz": a role noun (or its article)
 * or honorific right before a person's name says the person's gender, before any pronoun votes (the parties keep only
 * the titles they read as roles). */
function titledGenders(doc: Doc, book: Speakers) {
  for (const p of doc.reg.live()) {
    if (p.kind !== 'person' || book.learnt(p.id)) continue;
    for (const m of p.mentions) {
      // (the role's article where the noun says no gender: "la portavoz socialista, Esther Peña")
      const rb = roleBeforeName(doc.text, m.s, doc.rules);
      const g = rb ? roleNounGender(doc.rules, rb.article, rb.noun) ?? genderOfNoun(doc, rb.noun) : undefined;
      // (stated before the name, it outweighs the parties' guess from a role the text may have given someone else)
      if (g) { book.stateGender(p.id, g); break; }
    }
  }
}

/** The gender a noun before a name says: a feminine ending (per-language data), a role or an honorific. */
function genderOfNoun(doc: Doc, w: string): Gender | undefined {
  const l = w.toLowerCase(), { rules } = doc;
  // (only where the language capitalises nouns: a capitalised word with a feminine ending is a noun, "Kriminologin")
  const ending = rules.nounsCapitalised && /^\p{Lu}/u.test(w) && rules.femaleEndings.some((e) => l.endsWith(e) && l.length > e.length + 2);
  return ending ? 'f' : genderOf(w, rules);
}
