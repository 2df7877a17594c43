// "Sen. Ben Sasse, R-Neb., said", "Rep. Nancy Pelosi (D-Calif.)": a party's initial hyphened to a state, set after
// a person's name, describes that person (party and state). It is no party of its own: the shape is one capital, a
// hyphen and a capitalised word, right after a person's name across a comma or an opening parenthesis.

import type { Registry } from './registry';
import type { Word } from './words';

const TAG = /^\p{Lu}-\p{Lu}[\p{L}.]*$/u;
const JOIN = /^\s*[,(]\s*$/;
/** (a name without a hyphen is none: most names then compile no pattern) */
const isTag = (s: string) => s.includes('-') && TAG.test(s);

/** The shape of such a tag ("R-Neb.", "D-Calif."): as a speaker's name it names no one. */
export const isPersonTag = (name: string) => isTag(name.trim());

/** If `w` is such a tag, the person it describes gets it as description (when it has none) and true is returned. */
export function personTag(reg: Registry, w: Word): boolean {
  if (!isTag(w.t)) return false;
  const last = reg.lastBefore(w.s, 80, () => true);
  if (!last || last.e > w.s || !JOIN.test(reg.text.slice(last.e, w.s))) return false;
  const p = reg.get(last.party);
  if (!(p.kind === 'person' || p.evidence.person > 0 || p.votes.PER > Math.max(p.votes.ORG, p.votes.LOC))) return false;
  const tag = reg.text[w.e] === '.' && !w.t.endsWith('.') ? `${w.t}.` : w.t;
  p.description ??= tag;
  return true;
}
