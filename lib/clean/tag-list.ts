// A row of tag links ("Published under: 2024 Election , Bailout , Court-Packing …", "Themen: …"): the site filing
// the story under its topics, no part of the story, whatever the language of its label. Known by structure alone:
// several links on the site's own host, all in one folder of it (/tag/…, /thema/…), each named by its address (its
// last path segment is its text, slugged) or leading to a listing, and nothing between them but separators; a few
// words of label may stand before the first. A byline of linked names is no such row: names of the byline stay.
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';
import { linkKind } from './link-kinds';
import { siteOf } from './addresses';
import { foldedWords } from '../chars';

/** Links a row holds at least. */
const TAG_MIN = 3;
/** Words a tag's text has at most. */
const TAG_WORDS = 6;
/** Words of the label before the first link at most ("Published under:"). */
const LABEL_WORDS = 4;
/** Text between links that is only separators and spaces. */
const SEPARATORS = /^[\s,;|·•/–—-]*$/u;

const RULE = 'links:tag-list';
const WHY: Verdict = { reason: 'navigation', rule: RULE, score: 0, strong: false, evidence: ['a row of links to one folder of the site, each named by its address, with only separators between'] };

/** A tag's text as its address writes it: its words folded, one hyphen between. */
const slug = (t: string) => foldedWords(t).join('-');

/** The link's folder on the site (its path without the last segment), or null when it leads elsewhere or names
 * neither its text nor a listing. */
function tagFolder(a: Element, host: string | null): string | null {
  const href = a.getAttribute('href') ?? '';
  const text = (a.textContent ?? '').trim();
  if (!text || text.split(/\s+/).length > TAG_WORDS) return null;
  let u: URL;
  try { u = new URL(href, `https://${host ?? 'page.invalid'}/`); } catch { return null; }
  if (!/^https?:$/.test(u.protocol) || (host && siteOf(u.hostname) !== siteOf(host))) return null;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length < 2) return null;
  let last = parts[parts.length - 1]!;
  try { last = decodeURIComponent(last); } catch { /* kept as written */ }
  const named = slug(last.replace(/\.\w{2,5}$/, '')) === slug(text);
  return named || linkKind(href, host) === 'listing' ? parts.slice(0, -1).join('/') : null;
}

/** The block is a row of tag links. */
export function isTagRow(el: Element, host: string | null, byline: readonly string[]): boolean {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < TAG_MIN) return false;
  const folders = new Set(links.map((a) => tagFolder(a, host)));
  if (folders.size !== 1 || folders.has(null)) return false;
  // The text outside the links: a short label, then only separators.
  const gaps = outsideLinks(el);
  if (!gaps.slice(1).every((g) => SEPARATORS.test(g)) || gaps[0]!.trim().split(/\s+/).filter(Boolean).length > LABEL_WORDS) return false;
  return !links.some((a) => byline.some((w) => w.length > 2 && (a.textContent ?? '').toLowerCase().includes(w.toLowerCase())));
}

/** The block's text outside its links, cut at each link: the text before the first, between each two, after the last. */
function outsideLinks(el: Element): string[] {
  const gaps = [''];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) gaps[gaps.length - 1] += c.textContent ?? '';
      else if (c.nodeType === 1 && (c as Element).tagName.toUpperCase() === 'A') gaps.push('');
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  return gaps;
}

/** Verdicts with the rows of tag links taken (the rest unchanged). */
/** Whether tagLists can act: a row of links still kept, or the last block kept, after the prose, one link (asked
 * first: cleaning runs cold, and a function compiles whole at its first call). */
export function mayHoldTags(infos: readonly BlockInfo[], v: Verdicts): boolean {
  if (infos.some((b, k) => !v[k] && b.s.links >= TAG_MIN && !b.s.heading && !b.s.quoted && b.s.linkDensity >= 0.5)) return true;
  for (let k = infos.length - 1; k >= 0; k--) if (!v[k]) return infos[k]!.afterProse && infos[k]!.s.links === 1 && !infos[k]!.s.heading && !infos[k]!.s.quoted;
  return false;
}

export function tagLists(infos: readonly BlockInfo[], v: Verdicts, host: string | null, byline: readonly string[] = []): Verdicts {
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || s.links < TAG_MIN || s.heading || s.quoted || s.linkDensity < 0.5 || !isTagRow(s.el, host, byline)) return;
    (out ??= [...v])[k] = WHY;
  });
  return trailingTags(infos, out ?? v, host, byline);
}

const WHY_END: Verdict = { ...WHY, evidence: ["the story's last blocks, each one link to one folder of the site, named by its address"] };

/** The folder of a block that is one tag link and nothing else (`tagFolder`), or null. */
function loneTag(b: BlockInfo, host: string | null, byline: readonly string[]): string | null {
  const s = b.s, links = Array.from(s.el.getElementsByTagName('a'));
  if (s.heading || s.quoted || links.length !== 1 || !outsideLinks(s.el).every((g) => SEPARATORS.test(g))) return null;
  if (byline.some((w) => w.length > 2 && (links[0]!.textContent ?? '').toLowerCase().includes(w.toLowerCase()))) return null;
  return tagFolder(links[0]!, host);
}

/**
 * Tags set one a block (a list of them, or one tag alone) as the story's last blocks, after its prose: the row
 * `isTagRow` reads, laid out as list items. All in one folder, and nothing but removed blocks after them.
 */
function trailingTags(infos: readonly BlockInfo[], v: Verdicts, host: string | null, byline: readonly string[]): Verdicts {
  const found: number[] = [], folders = new Set<string>();
  for (let k = infos.length - 1; k >= 0; k--) {
    if (v[k]) continue;
    const folder = infos[k]!.afterProse ? loneTag(infos[k]!, host, byline) : null;
    if (folder === null) break;
    found.push(k);
    folders.add(folder);
  }
  if (!found.length || folders.size !== 1) return v;
  const out = [...v];
  for (const k of found) out[k] = WHY_END;
  return out;
}
