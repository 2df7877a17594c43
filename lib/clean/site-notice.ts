// The site's copyright notice at the story's foot ("Copyright © 2023 The Washington Times, LLC."): the site's legal
// small print, no line of the story. Two kinds of evidence, in no language's words: its shape (the © sign or the
// notice's opening, a year) and the site's own name in it; and where it stands, after the story's last paragraph.
// A notice naming someone else (a photo agency's under a picture, a quoted work's) is left to the other rules.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

const WHY: Verdict = { reason: 'legal', rule: 'shape:site-copyright', score: 0, strong: false, evidence: ["a copyright notice naming the site", "it stands after the story's last paragraph"] };

/** A web address's host in the text ("Entermedia.co.kr", "www.site.com"): the notice of a site, no quoted work's. */
const DOMAIN = /(?:^|[^\w.@-])(?:www\.)?[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.[a-z]{2,}(?![\w@-])/i;

/** Verdicts with the site's copyright notices after the story taken (the rest unchanged). `siteKnown`: the page's
 * address or name is known; without either (a saved page read alone), a notice naming a web domain is the site's. */
export function siteNotices(infos: readonly BlockInfo[], v: Verdicts, siteKnown = true): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    if (v[k] || b.s.shape !== 'copyright' || !b.afterProse || b.s.caption || b.s.quoted || b.s.heading) return;
    if (!b.s.self && (siteKnown || !DOMAIN.test(b.s.text))) return;
    (out ??= [...v])[k] = WHY;
  });
  return out ?? v;
}
