// "Dass es wärmer wird, hält Karsten Haustein für unwahrscheinlich: „…“", "„…“, lacht Kerstin Wahala": where every
// noun is capitalised, a phrase read forward from a verb in second place may open on that verb (and a reflexive or
// adverb after it). The words for the speaker start at the name the party's mention begins with.

import type { MentionSpan } from './mention';
import type { Doc } from './site';
import { startsLower } from '../letters';

/** Lower-case words read past at most, before the name. */
const MAX_LEAD_WORDS = 2;

/** `m` without the lower-case words (no article, no name particle) that stand before a party's mention at its start. */
export function withoutLeadVerb(doc: Doc, m: MentionSpan): MentionSpan {
  const { rules, text } = doc;
  if (!rules.nounsCapitalised) return m;
  let s = m.s;
  for (let k = 0; k < MAX_LEAD_WORDS; k++) {
    const w = /^\S+\s+/.exec(text.slice(s, m.e));
    const word = w?.[0].trim() ?? '';
    const l = word.toLowerCase();
    if (!w || !startsLower(word) || !/^\p{L}+$/u.test(word) || rules.determiners.has(l) || rules.nameParticles.has(l) || rules.possessives.has(l)) return m;
    s += w[0].length;
    // (the rest opens on a party's mention: "Karsten Haustein", "Wahala")
    if (doc.reg.within(s, m.e).some((x) => x.s === s)) return { s, e: m.e };
  }
  return m;
}
