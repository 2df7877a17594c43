// A lone link to the section the page is filed under ("World" above the headline, "Politics" under it): its
// address is an ancestor of the page's own (/news/world of /news/world/gaza-talks-1.72), on the same site. It
// files the story; it is no part of it, in any language, whatever its word. A sister host of the site (its edition
// in another language) counts: the same section there files the story too.
import { bareAddress, siteOf } from './addresses';
import type { SiteInfo } from './signals';

/** Words a section link's text has at most. */
const SECTION_MAX_WORDS = 4;

/** The block is one link, of a few words, to a page whose address is an ancestor of this page's. */
export function isSectionLink(el: Element, text: string, linkDensity: number, site: SiteInfo): boolean {
  if (!site.page || !site.host || linkDensity < 0.9 || text.split(/\s+/).filter(Boolean).length > SECTION_MAX_WORDS) return false;
  const anchors = el.tagName.toUpperCase() === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
  const href = anchors.length === 1 ? anchors[0]!.getAttribute('href') : el.closest('a')?.getAttribute('href');
  if (!href) return false;
  let u: URL;
  try { u = new URL(href, `https://${site.host}/`); } catch { return false; }
  if (!/^https?:$/.test(u.protocol) || siteOf(u.hostname) !== siteOf(site.host) || u.pathname.replace(/\/+$/, '') === '') return false;
  // On any host of the site: the same section on another (its edition in another language, a "read the world
  // news in English" link to japannews.example.jp/world/ under www.example.jp/world/…) files the story the same way.
  const target = pathOf(bareAddress(u.href)), own = pathOf(site.page);
  return !!target && !!own && own.startsWith(target + '/');
}

/** A bare address's path ("/world" of "example.jp/world"), null when it has none. */
function pathOf(bare: string): string | null {
  const i = bare.indexOf('/');
  return i < 0 ? null : bare.slice(i);
}
