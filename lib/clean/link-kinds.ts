// Where a block's links lead, as far as their addresses tell (share intents, mail, payment services, social
// networks, the site's own articles and listings, donate/subscribe/checkout paths from lib/rules/link-paths.json), and
// how much of the block's text is linked.
import { childCountUpTo } from '../dom';
import { oneLine } from '../chars';
import LINKS from '../rules/link-paths.json';
import { paymentServiceOfUrl } from './payment';
import { siteOf } from './addresses';
import type { LinkKind } from './signals';

interface LinkMatchers { paths: Map<string, LinkKind>; share: string[]; social: string[] }
let linkMatchers: LinkMatchers | null = null;
function links(): LinkMatchers {
  if (linkMatchers) return linkMatchers;
  const paths = new Map<string, LinkKind>();
  for (const [kind, words] of Object.entries(LINKS.paths)) for (const w of words) if (!paths.has(w)) paths.set(w, kind as LinkKind);
  linkMatchers = { paths, share: LINKS.share, social: LINKS.social };
  return linkMatchers;
}

/** Where a link leads, as far as its address tells. */
export function linkKind(href: string, host: string | null): LinkKind {
  const h = href.trim().toLowerCase();
  if (!h || h.startsWith('#') || h.startsWith('javascript:')) return 'anchor';
  const m = links();
  const bare = h.replace(/^[a-z]+:\/\/(www\.|m\.)?/, '');
  if (m.share.some((s) => bare.startsWith(s) || h.startsWith(s))) return 'share';
  if (h.startsWith('mailto:') || h.startsWith('tel:')) return 'mail';
  if (paymentServiceOfUrl(h)) return 'pay';
  // A relative address ("/news/…", "story.html") leads to the page's own site, whether its host is known or not.
  const relative = !/^[a-z][a-z0-9+.-]*:/.test(h) && !h.startsWith('//');
  let u: URL | null = null;
  try { u = new URL(h, `https://${host ?? 'page.invalid'}/`); } catch { /* not a URL */ }
  if (!u) return 'external';
  const sameSite = relative || (!!host && siteOf(u.hostname) === siteOf(host));
  if (!sameSite && m.social.some((s) => u!.hostname.replace(/^www\./, '') === s)) return 'social';
  // Whole path segments and host labels only: a word inside an article's slug says nothing about where it leads.
  const parts = u.pathname.toLowerCase().split('/').filter(Boolean).map((p) => p.replace(/\.\w{2,5}$/, ''));
  for (const p of [...parts, ...(relative && !host ? [] : u.hostname.split('.').slice(0, -2))]) {
    const k = m.paths.get(p);
    if (k && (k !== 'listing' || parts.indexOf(p) < parts.length - 1 || parts.length === 1)) return k;
  }
  if (!sameSite) return 'external';
  const last = parts[parts.length - 1] ?? '';
  return parts.length >= 2 || /[-_]/.test(last) || /\d{4,}/.test(last) ? 'article' : 'listing';
}

/** A block's links: the share of its text they hold, how many, their kinds, and their text's length trimmed (what
 * a caption's test reads: lib/clean/caption.ts). */
export interface LinkInfo { density: number; count: number; kinds: Set<LinkKind>; text: number }

/** Characters of text a link around a block may hold beyond the block's own (spaces, an icon's label). */
const AROUND_SLACK = 40;

/** Whether a link around `el` holds more text than `el`: it wraps other blocks as well. */
const wrapsMore = (a: Element, el: Element) => (a.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + AROUND_SLACK;

export function linkInfo(el: Element, len: number, host: string | null): LinkInfo {
  const kinds = new Set<LinkKind>();
  const anchors = el.tagName === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  let linked = 0, text = 0;
  for (const a of anchors) {
    const t = a.textContent ?? '';
    linked += oneLine(t).length;
    text += t.trim().length;
    const href = a.getAttribute('href');
    if (href) kinds.add(linkKind(href, host));
  }
  // A link around the block counts, unless it wraps several blocks (an <a> the page left open is not a teaser link):
  // side by side, or nested one in the other when the page left its blocks open too (its text is then more than the
  // block's: a story whose every paragraph sat inside one open link lost them all as related links).
  if (!anchors.length) for (let p = el.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (p.tagName !== 'A') continue;
    if (childCountUpTo(p, 1) > 1 || wrapsMore(p, el)) break;
    const href = p.getAttribute('href');
    if (href) kinds.add(linkKind(href, host));
    linked = len;
    break;
  }
  return { density: len ? Math.min(1, linked / len) : 0, count: anchors.length, kinds, text };
}
