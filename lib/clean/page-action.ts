// A line after the story whose link sends this page's own address to a form ("Found a mistake? Tell us through our
// contact form", its link `…?from=<this page>`): an action about the page, as a share button is, no line of the
// story. Evidence in no language's words: the page's address in the query of a link to elsewhere, and where the line
// stands, after the story's last paragraph.
import { bareAddress } from './addresses';
import type { BlockInfo } from './context';
import type { Verdict, Verdicts } from './decide';

/** A line's length at most: a sentence or two. */
const LINE_MAX = 300;

const WHY: Verdict = { reason: 'other', rule: 'link:about-this-page', score: 0, strong: false,
  evidence: ["its link sends this page's address to a form elsewhere", "it stands after the story's last paragraph"] };

/** Whether a link of `el` carries one of the page's addresses (`pages`, bare) in its query, to another address. */
export function sendsPage(el: Element, pages: string | readonly string[]): boolean {
  const own = typeof pages === 'string' ? [pages] : pages;
  return Array.from(el.getElementsByTagName('a')).some((a) => {
    let u: URL;
    try { u = new URL((a.getAttribute('href') ?? '').trim()); } catch { return false; }
    if (own.includes(bareAddress(u.href))) return false;
    for (const value of u.searchParams.values()) if (/^https?:\/\//i.test(value) && own.includes(bareAddress(value))) return true;
    return false;
  });
}

/** Verdicts with the lines after the story that act on the page taken (the rest unchanged). `pages`: the page's
 * addresses, bare: the one it was loaded from and the one it declares its own (its canonical link: a copy of the
 * page served elsewhere, a mirror or a test server, sends the declared one). */
export function pageActions(infos: readonly BlockInfo[], v: Verdicts, pages: ReadonlyArray<string | null | undefined>): Verdicts {
  const page = pages.filter((p): p is string => !!p && p.includes('/'));
  if (!page.length) return v;
  let out: Verdicts | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || !b.afterProse || s.heading || s.quoted || !s.links || s.len > LINE_MAX || !sendsPage(s.el, page)) return;
    (out ??= [...v])[k] = WHY;
  });
  return out ?? v;
}
