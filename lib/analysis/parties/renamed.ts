// "Facebook, now Meta,", "Meta (formerly Facebook)", "Ceylon (heute Sri Lanka)": a name and, right after it, the
// same body's or place's newer or older name, opened by a comma or a bracket and a word of renaming
// (rules.renamings) and closed by the clause: one party, the other name its alias. People are left alone ("Tim
// Cook, now Apple's chief" names two parties).

import type { Rules } from '../../rules/languages';
import type { Mention, PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { isSpaceCode, letterRunEnd, spaceRunStart } from '../text/props';

/** Between the two names: a comma or an opening bracket, and one word (`/^\s*[,(]\s*(\p{L}+)\s+$/u`'s group, by a
 * scan: the pattern was compiled on every page and run between every two mentions). */
export function renamingWord(gap: string): string | undefined {
  let i = 0;
  while (i < gap.length && isSpaceCode(gap.charCodeAt(i))) i++;
  if (gap[i] !== ',' && gap[i] !== '(') return undefined;
  i++;
  while (i < gap.length && isSpaceCode(gap.charCodeAt(i))) i++;
  const e = letterRunEnd(gap, i);
  return e > i && e < gap.length && spaceRunStart(gap, gap.length) === e ? gap.slice(i, e) : undefined;
}
/** After the second name: the clause closes (a comma, a bracket, a sentence's end). */
const CLOSE = /^\s*(?:[,);:.!?]|$)/u;

/** The two parties are named in one sentence again ("formerly of Bayern, now Dortmund" in a player's story, then
 * "Dortmund beat Bayern"): two actors, not one under two names. */
function togetherElsewhere(pa: PartyRecord, pb: PartyRecord, at: Mention, text: string): boolean {
  return pa.mentions.some((m) => m !== at && pb.mentions.some((n) => {
    const [s, e] = m.s < n.s ? [m.e, n.s] : [n.e, m.s];
    return e > s && e - s < SENTENCE && !/[.!?]\s/.test(text.slice(s, e)) && !(s <= at.s && at.s <= e);
  }));
}
/** How far apart, at most, two names of one sentence are (characters). */
const SENTENCE = 200;

/** Merge the parties a renaming names twice. */
export function mergeRenamed(reg: Registry, rules: Rules) {
  if (!rules.renamings.size) return;
  reg.seal();
  const ms = reg.mentions, text = reg.text;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!, b = ms[i + 1]!;
    const w = renamingWord(text.slice(a.e, b.s));
    if (!w || !rules.renamings.has(w.toLowerCase()) || !CLOSE.test(text.slice(b.e, b.e + 2))) continue;
    const pa = reg.get(a.party), pb = reg.get(b.party);
    if (pa === pb || kindOf(pa, rules) === 'person' || kindOf(pb, rules) === 'person' || togetherElsewhere(pa, pb, a, text)) continue;
    // (the party the text names more keeps its name)
    if (pb.mentions.length > pa.mentions.length) reg.merge(pa, pb); else reg.merge(pb, pa);
  }
}
