// A teaser link set in the story exactly as one the classifier removed as related (Fox's all-caps "read also" lines,
// a <p> holding one link in bold, three in a story, one of them scored related): the same markup, the whole line one
// link. The site sets its teasers alike; the story's own paragraphs are not one link each. Evidence of two kinds: the
// removed sibling's (what the classifier saw in it) and the line's own shape (all of it a single link).
import type { BlockInfo } from './context';
import type { Verdict } from './decide';

/** The line is a link and nothing else (its text all in its one link). */
const WHOLE_LINK = 0.95;
/** The removed sibling's verdict is borrowed as evidence: only a confident one lends it (a related link scored 0.6-0.8
 * at a story's foot, which Readability's yahoo-3 keeps, lends nothing). */
const CONFIDENT = 0.9;
/** A teaser is a headline's length; a paragraph that is one long link is not this. */
const MAX_WORDS = 30;

/** The tags of the block and everything in it, in order: the markup the site sets the line in. */
function markup(el: Element): string {
  const out: string[] = [];
  const walk = (e: Element) => { out.push(e.tagName.toLowerCase()); for (const c of Array.from(e.children)) walk(c); out.push('/'); };
  walk(el);
  return out.join(' ');
}

const oneLink = (b: BlockInfo) => b.s.links === 1 && b.s.linkDensity >= WHOLE_LINK && b.s.words.length <= MAX_WORDS && !b.s.caption;

/** Whether a related link was removed confidently: without one, siblingTeasers has nothing to do (asked first:
 * cleaning runs cold, and a function compiles whole). */
export const hasConfidentRelated = (verdicts: readonly (Verdict | null)[]): boolean => verdicts.some((v) => !!v && !v.meta && v.reason === 'related' && v.score >= CONFIDENT);

/** Verdicts for the kept lines that share a removed related teaser's markup (a new array; the others unchanged). */
export function siblingTeasers(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[]): (Verdict | null)[] {
  const removed = new Map<string, Verdict>();
  infos.forEach((b, k) => {
    const v = verdicts[k];
    if (!v || v.meta || v.reason !== 'related' || v.score < CONFIDENT || !oneLink(b)) return;
    const key = markup(b.s.el);
    if (v.score > (removed.get(key)?.score ?? 0)) removed.set(key, v);
  });
  if (!removed.size) return [...verdicts];
  return verdicts.map((v, k) => {
    const b = infos[k]!;
    const like = !v && oneLink(b) ? removed.get(markup(b.s.el)) : undefined;
    if (!like) return v;
    return { reason: 'related', rule: 'links:same-markup', score: like.score, strong: false, evidence: ['it is one link, set in the same markup as a related link removed from this story'] };
  });
}
