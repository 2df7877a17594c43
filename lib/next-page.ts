// The story goes on on another page ("1 2 次へ >>", "Weiter", rel=next): the page's own next page, found by
// structure, never fetched. A page is the story's next when its address is this page's with a page number added
// ("/367061" → "/367061/2", "-2", "/page/2"; "?page=2" for rel=next); the page says so by a rel=next link, or by a
// numbered pager (a link whose text is the page number it leads to). A rel=next to another story (a blog's next
// post) is none.
import { siteOf } from './clean/addresses';

/** What the reader, the exports and `clean` say before the next page's address. */
export const CONTINUES_NOTE = 'The story continues on the next page:';

/** A page number after the story's own path: a separator, at most a short word ("page", "seite"), the number. */
const PAGE_SUFFIX = /^(?:[/_.-]|\/[a-z]{1,8}[/_-]?)(\d{1,3})(?:\.[a-z]{2,5})?\/?$/i;
/** Query keys a page number may take: any short key whose value is a small number. */
const PAGE_QUERY = /^[a-z_]{1,8}$/i;
/** Page numbers beyond this are no pages of one story. */
const MAX_PAGES = 50;
/** What a pager link's text must look like to be a page number as String() writes it (no leading zero; MAX_PAGES has two digits). */
const PAGE_NUMBER = /^[1-9]\d?$/;

interface Reading { stem: string; n: number }

/** A path without its trailing slashes and its file ending ("/a/story.html" → "/a/story"). */
const bare = (u: URL) => u.pathname.replace(/\/+$/, '').replace(/\.[a-z]{2,5}$/i, '');

/** The page number of `u` as a page of the story at `stem` (its path with a page number after it, or, when `query`,
 * its path with a small number in the query), or null. */
function pageNumber(u: URL, stem: string, query: boolean): number | null {
  const path = bare(u);
  if (path !== stem) {
    const m = path.startsWith(stem) ? PAGE_SUFFIX.exec(u.pathname.replace(/\/+$/, '').slice(stem.length)) : null;
    return m ? Number(m[1]) : null;
  }
  if (query) for (const [k, v] of u.searchParams) if (PAGE_QUERY.test(k) && /^\d{1,2}$/.test(v)) return Number(v);
  return null;
}

/** The page's own address read as a story and its page: page 1 of itself, or ("/story/2") page 2 of "/story". */
function readings(u: URL): Reading[] {
  const path = bare(u);
  const m = /^(.+)\/(\d{1,3})$/.exec(path);
  return m ? [{ stem: path, n: 1 }, { stem: m[1]!, n: Number(m[2]) }] : [{ stem: path, n: 1 }];
}

interface Following { url: string; n: number; gap: number }

/** Where `href` leads as a later page of the story, or null. */
function followingPage(href: string | null, own: URL, query: boolean): Following | null {
  if (!href) return null;
  let t: URL;
  try { t = new URL(href, own); } catch { return null; }
  if (!/^https?:$/.test(t.protocol) || siteOf(t.hostname) !== siteOf(own.hostname)) return null;
  for (const r of readings(own)) {
    const n = pageNumber(t, r.stem, query);
    if (n !== null && n > r.n && n <= MAX_PAGES) return { url: t.href, n, gap: n - r.n };
  }
  return null;
}

/** The story's next page as the page gives it (rel=next, else a numbered pager's nearest page), or null. */
export function nextPageOf(doc: Document, url: string | null): string | null {
  let own: URL;
  try { own = new URL(url ?? ''); } catch { return null; }
  // A site's front page is no story with pages.
  if (!/^https?:$/.test(own.protocol) || bare(own).length < 2) return null;
  for (const l of Array.from(doc.getElementsByTagName('link'))) {
    if (!/(^|\s)next(\s|$)/i.test(l.getAttribute('rel') ?? '')) continue;
    const next = followingPage(l.getAttribute('href'), own, true);
    if (next) return next.url;
  }
  let best: Following | null = null;
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    // A numbered pager's link: its text is the number of the page it leads to (in a path: a comment list's pager
    // numbers its pages in the query). The text is asked first: most of a page's links are no page number, and
    // reading an address (a URL parsed, its site found) costs more than reading a link's text.
    const text = (a.textContent ?? '').trim();
    if (!PAGE_NUMBER.test(text)) continue;
    const next = followingPage(a.getAttribute('href'), own, false);
    if (next && text === String(next.n) && (!best || next.gap < best.gap)) best = next;
  }
  return best?.url ?? null;
}
