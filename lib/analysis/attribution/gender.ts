// Who the text calls "he" and who "she": each gendered pronoun or possessive outside quotations votes for the person
// named nearest before it in its paragraph; a clear majority gives the person a gender, so that "she" later does
// not resolve to a man. Titles ("Mrs", "Ministerin") have said it already for some; they are not overruled.

import { GENDER } from '../weights';
import { insideQuote, type Doc } from './site';
import type { Speakers } from './speakers';

export function learnGenders(doc: Doc, book: Speakers) {
  const { rules, reg, paras } = doc;
  const votes = new Map<number, { m: number; f: number }>();
  // the scanner's word tokens (cut once for every stage), not a second pass over the text's characters
  let pi = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    const g = rules.genderWords.get(t.text.toLowerCase());
    if ((g !== 'm' && g !== 'f') || insideQuote(doc, t.start)) continue;
    while (pi < paras.length - 1 && paras[pi]!.end <= t.start) pi++;
    const m = reg.lastBefore(t.start, GENDER.window, (party) => party.kind === 'person');
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
