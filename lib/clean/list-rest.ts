// The last item of a list of the site's promoted links ("More Great … Stories": its other items went as related
// links, one with words of its own around its links stayed): every link of it leads to the site's own pages tagged
// for a marketing campaign, and the other items of its list are gone. Evidence of two kinds, in no language's words:
// the addresses (an analytics campaign parameter, on the site's host; a story's link to a source carries none) and
// the list it stands in.
import { closestTag } from '../dom';
import type { BlockInfo } from './context';
import { gone, inheritedReason, type Verdict, type Verdicts } from './decide';
import { campaignLink } from './house-promo';

const LISTS = new Set(['UL', 'OL']);
/** Other items of its list removed at least. */
const GONE_MIN = 2;

/** Every link of the block is a campaign link to the site. */
const allCampaign = (b: BlockInfo, host: string | null) => {
  const links = Array.from(b.s.el.getElementsByTagName('a'));
  return links.length > 0 && links.every((a) => campaignLink(a.getAttribute('href') ?? '', host));
};

/** A block listRests looks at: a list item still kept whose every link is a campaign link to the site. */
const candidate = (b: BlockInfo, k: number, v: Verdicts, host: string | null) => !v[k] && b.s.listItem && !b.s.quoted && allCampaign(b, host);

/** Whether listRests can find anything (asked first: cleaning runs cold, and a function compiles whole). */
export const hasCampaignItems = (infos: readonly BlockInfo[], v: Verdicts, host: string | null): boolean =>
  infos.some((b, k) => candidate(b, k, v, host));

/** Verdicts with the rest of a list of the site's promoted links taken (the rest unchanged). */
export function listRests(infos: readonly BlockInfo[], v: Verdicts, host: string | null): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    if (!candidate(b, k, v, host)) return;
    const list = closestTag(b.s.el, LISTS);
    const others = list ? infos.map((_, j) => j).filter((j) => j !== k && list.contains(infos[j]!.s.el)) : [];
    const removed = others.filter((j) => gone(v, j));
    if (removed.length < GONE_MIN || removed.length < others.length) return;
    const why: Verdict = { reason: inheritedReason(v[removed[0]!]!), rule: 'links:list-rest', score: 0, strong: false,
      evidence: ["its links go to the site's own pages, tagged for a marketing campaign", 'the other items of its list were removed'] };
    out ??= [...v];
    out[k] = why;
    labelOver(infos, out, Math.min(k, ...others), Math.max(k, ...others), why);
  });
  return out ?? v;
}

/** Characters a list's label has at most ("More Great … Stories"). */
const LABEL_MAX = 60;

/** The short line right above a list now gone (its label), when nothing kept follows the list: it labels nothing. */
function labelOver(infos: readonly BlockInfo[], v: Verdicts, first: number, last: number, why: Verdict): void {
  const k = first - 1, label = infos[k]?.s;
  if (!label || gone(v, k) || label.len > LABEL_MAX || label.links > 0 || label.quoted || label.caption || label.sentences > 1) return;
  if (infos.some((b, j) => j > last && !gone(v, j) && b.s.text)) return;
  v[k] = { ...why, rule: 'links:list-rest:label', evidence: ['it labels a list of promoted links, removed', 'nothing of the story follows it'] };
}
