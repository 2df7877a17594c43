// The site's tip line set apart amid the story ("Is there something you think we should know about …? Email the
// writer at jane_doe@site.com. Signal: … <Site> protects the confidentiality of its sources …"): the site asking
// for tips, no line of the story. Evidence of three kinds, in no language's words: a mail link to an address on the
// site's own domain, the site's own name, and a quote box around it (the page's way of setting a note apart). A
// letter the story quotes is from someone else's address.
import { closestTag } from '../dom';
import { siteOf } from './addresses';
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

const BOXES = new Set(['BLOCKQUOTE', 'ASIDE']);
/** A tip line's length at most: a few sentences. */
const TIP_MAX = 600;

const WHY: Verdict = { reason: 'other', rule: 'mail:site-tips', score: 0, strong: false,
  evidence: ["it gives a mail address on the site's own domain", "it names the site", 'it is set apart in a quote box'] };

/** A mail link of the block leads to an address on the site's own domain. */
function mailsSite(el: Element, host: string): boolean {
  const site = siteOf(host);
  return Array.from(el.getElementsByTagName('a')).some((a) => {
    const m = /^mailto:[^@?]+@([^?&\s]+)/i.exec((a.getAttribute('href') ?? '').trim());
    return !!m && siteOf(m[1]!) === site;
  });
}

/** Verdicts with the site's tip lines set apart amid the story taken (the rest unchanged). */
export function tipLines(infos: readonly BlockInfo[], v: Verdicts, host: string | null): Verdicts {
  if (!host) return v;
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || !s.self || s.heading || s.len > TIP_MAX || !s.linkKinds.has('mail') || !closestTag(s.el, BOXES) || !mailsSite(s.el, host)) return;
    (out ??= [...v])[k] = WHY;
  });
  return out ?? v;
}
