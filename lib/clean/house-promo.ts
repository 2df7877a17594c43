// The site's own promotion after the story ("Links lesen, Rechts bekämpfen" over "… unterstützen Sie unsere Aktion.
// Jetzt unterstützen"): a box of its own, set after the story's last paragraph, whose paragraph ends in a link to the
// site's own page tagged for a marketing campaign. Evidence of two kinds, in no language's words: the link's address
// (an analytics tool's campaign parameter, an identifier a story's own link to a source does not carry, on the
// site's own host) and the box's place and size (after the story's end, a heading line and a paragraph or two).
// Or the site's advert for itself with no campaign tag ("„Hier ist Bayern": Der BR24 Newsletter informiert Sie …
// Hier geht's zur Anmeldung!"): a paragraph that names the site (og:site_name, the host's label) and ends in a link
// to the site's own page, set apart wholly in emphasis, in the same small box after the story's end (identifiers and
// typography, no words). A story's last paragraph that cites the site links within its sentence, not at its end, and
// is not set in italics whole. The same paragraph recurring on the site's other articles already goes as site memory.
import type { BlockInfo } from './context';
import { emphasisShare } from './author-bio';
import type { Verdict, Verdicts } from './decide';
import { isProse } from './signals';
import type { RemovalReason } from '../types';
import { hostOf, siteOf } from './addresses';

/** Campaign parameters of analytics tools (Google's, Matomo/Piwik's, Adobe's…), in a query or a fragment. */
const CAMPAIGN = /[?&#:](?:utm_campaign|pk_campaign|mtm_campaign|matomo_campaign|piwik_campaign|cmpid|itm_campaign)=/i;
/** Blocks such a box holds at most (a heading line, a paragraph or two, a button). */
const BOX_BLOCKS = 4;

const RULE = 'links:house-promo';
/** The reason the box's own links name (a donation, a membership, a newsletter), else the site's advert for itself. */
const KINDS = ['donation', 'membership', 'newsletter'] as const;
const reasonOf = (b: BlockInfo): RemovalReason => { const k = KINDS.find((x) => b.s.linkKinds.has(x)); return k === 'membership' ? 'payment' : k ?? 'advert'; };

/** The block's last link goes to the site's own page with a campaign parameter. */
function campaignCall(b: BlockInfo, host: string | null): boolean {
  const links = b.s.el.getElementsByTagName('a');
  return campaignLink(links[links.length - 1]?.getAttribute('href') ?? '', host);
}

/** The address leads to the site's own page with a campaign parameter. */
export function campaignLink(href: string, host: string | null): boolean {
  if (!CAMPAIGN.test(href)) return false;
  if (href.startsWith('/') && !href.startsWith('//')) return true;
  return !!host && hostOf(href) === host.replace(/^www\./, '');
}

/** Share of its letters and digits in emphasis for a paragraph to be set apart (as author-bio.ts reads a note). */
const SET_APART = 0.9;
/** Characters a closing call may hold after its last link (a full stop, an exclamation mark, an arrow). */
const AFTER_LINK = /^[\s\p{P}\p{S}]*$/u;

/** The block names the site and ends in a link to the site's own page, set apart in emphasis: the site's call to its
 * own page. */
function brandCall(b: BlockInfo, host: string | null): boolean {
  if (!b.s.self || b.s.quoted || !host) return false;
  const links = b.s.el.getElementsByTagName('a'), a = links[links.length - 1];
  if (!a || !ownPage(a.getAttribute('href') ?? '', host)) return false;
  if (!AFTER_LINK.test(textAfter(b.s.el, a))) return false;
  return emphasisShare(b.s.el) >= SET_APART;
}

/** The address leads to a page of the site itself (relative, or on its host's site). */
function ownPage(href: string, host: string): boolean {
  const h = href.trim();
  if (h.startsWith('/') && !h.startsWith('//')) return h.length > 1;
  try { return siteOf(new URL(h, `https://${host}/`).hostname) === siteOf(host); } catch { return false; }
}

/** The text of `el` after the element `a` (what follows the block's last link), read sibling by sibling up to `el`
 * (the DOM the CLI uses has no Range). */
function textAfter(el: Element, a: Element): string {
  let t = '';
  for (let n: Node | null = a; n && n !== el; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) t += s.textContent ?? '';
  }
  return t;
}

const CAMPAIGN_WHY = "its link goes to the site's own page, tagged for a marketing campaign";
const BRAND_WHY = "it names the site and ends in a link to the site's own page, set apart in emphasis";

/** Verdicts for the site's promotion boxes after the story (the rest unchanged). */
export function housePromos(infos: readonly BlockInfo[], v: Verdicts, host: string | null): Verdicts {
  let out: Verdicts | null = null;
  // The box is looked at only around a campaign call or the site's own call (rare: its code compiles then, and
  // cleaning runs cold).
  infos.forEach((b, k) => {
    if (v[k] || !b.box || b.s.links === 0) return;
    if (campaignCall(b, host)) out = promoBox(infos, v, out, b, b.box, CAMPAIGN_WHY);
    else if (brandCall(b, host)) out = promoBox(infos, v, out, b, b.box, BRAND_WHY);
  });
  return out ?? v;
}

/** The verdicts with the campaign call's box taken, when it is a small box after the story's end (`out` is made on
 * first need, a copy of `v`). */
function promoBox(infos: readonly BlockInfo[], v: Verdicts, out: Verdicts | null, b: BlockInfo, box: Element, call: string): Verdicts | null {
  const inside = infos.map((_, j) => j).filter((j) => box.contains(infos[j]!.s.el));
  if (inside.length > BOX_BLOCKS || inside.some((j) => infos[j]!.s.quoted)) return out;
  const first = Math.min(...inside), last = Math.max(...inside);
  // After the story's end: prose kept before the box, none after it.
  const prose = (j: number) => !v[j] && !infos[j]!.s.caption && isProse(infos[j]!.s);
  if (!infos.some((_, j) => j < first && prose(j)) || infos.some((_, j) => j > last && prose(j))) return out;
  const o = out ?? [...v];
  const why: Verdict = { reason: reasonOf(b), rule: RULE, score: 0, strong: false, evidence: [call, "it stands in a small box of its own after the story's end"] };
  for (const j of inside) if (!o[j]) o[j] = why;
  return o;
}
