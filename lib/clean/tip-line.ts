// The site's tip line set apart amid the story ("Is there something you think we should know about …? Email the
// writer at jane_doe@site.com. Signal: … <Site> protects the confidentiality of its sources …"): the site asking
// for tips, no line of the story. Evidence of three kinds, in no language's words: a mail link to an address on the
// site's own domain, the site's own name, and a quote box around it (the page's way of setting a note apart). A
// letter the story quotes is from someone else's address.
// Or the reporter's own contact on a messenger (a signal.me link, lib/rules/link-paths.json "contact": an address
// that opens a chat with one person, never a page to read) in a quote box that quotes no one: a call for tips.
import { closestTag } from '../dom';
import LINKS from '../rules/link-paths.json';
import { siteOf } from './addresses';
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

const BOXES = new Set(['BLOCKQUOTE', 'ASIDE']);
/** Marks that open or close someone's words (not the apostrophe): a quote box with none quotes no one. */
const QUOTE_MARKS = /["“”„«»「」『』]/;
/** A tip line's length at most: a few sentences. */
const TIP_MAX = 600;

const WHY: Verdict = { reason: 'other', rule: 'mail:site-tips', score: 0, strong: false,
  evidence: ["it gives a mail address on the site's own domain", "it names the site", 'it is set apart in a quote box'] };
const CHAT: Verdict = { reason: 'other', rule: 'link:messenger-tips', score: 0, strong: false,
  evidence: ["it links to a person's messenger contact", 'it is set apart in a quote box', 'it quotes no one'] };

/** A mail link of the block leads to an address on the site's own domain. */
function mailsSite(el: Element, host: string): boolean {
  const site = siteOf(host);
  return Array.from(el.getElementsByTagName('a')).some((a) => {
    const m = /^mailto:[^@?]+@([^?&\s]+)/i.exec((a.getAttribute('href') ?? '').trim());
    return !!m && siteOf(m[1]!) === site;
  });
}

/** A link of the block opens a chat with one person: a messenger's contact address (a number for wa.me, whose
 * other addresses share a page). */
export function chatContact(el: Element): boolean {
  return Array.from(el.getElementsByTagName('a')).some((a) => {
    let u: URL;
    try { u = new URL((a.getAttribute('href') ?? '').trim()); } catch { return false; }
    const host = u.hostname.replace(/^www\./, '');
    if (!LINKS.contact.includes(host)) return false;
    return host !== 'wa.me' || (/^\/\+?\d{6,}\/?$/.test(u.pathname) && !u.search);
  });
}

/** Verdicts with the site's tip lines set apart amid the story taken (the rest unchanged). */
/** Whether tipLines can act: a line still kept, no heading, short enough, in a quote box or an aside (asked first:
 * cleaning runs cold, and a function compiles whole at its first call). */
export const mayHoldTipLine = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !v[k] && !b.s.heading && b.s.len <= TIP_MAX && !!closestTag(b.s.el, BOXES));

export function tipLines(infos: readonly BlockInfo[], v: Verdicts, host: string | null): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || s.heading || s.len > TIP_MAX || !closestTag(s.el, BOXES)) return;
    if (host && s.self && s.linkKinds.has('mail') && mailsSite(s.el, host)) (out ??= [...v])[k] = WHY;
    else if (!QUOTE_MARKS.test(s.text) && chatContact(s.el)) (out ??= [...v])[k] = CHAT;
  });
  return out ?? v;
}
