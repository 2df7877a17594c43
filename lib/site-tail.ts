// A title that ends with the site's name after the headline, where the site's name is one splitTitle cannot read
// off the title itself: "…大不同_教育频道_中国青年网" (the name the page's link to its home page shows, no
// og:site_name) or "… (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::" (og:site_name, which holds a separator of its own,
// then the blog host's name). Evidence: the name given elsewhere on the page, found whole in the title after a
// separator; not a list of sites.

/** A separator right before the site's name in a title. */
const BEFORE_NAME = /\s*(?:[_|–—·•»@]|\s-|::)\s*$/u;
/** What may follow the site's name: a separator, then a short host or platform name (or nothing). */
const AFTER_NAME = /^(?:\s*(?:[_|–—·•»@-]|::)\s*[^_|–—·•»@]{0,24}?(?:\s*::)?)?$/u;
/** Letters the headline left keeps at least; characters of a section name between it and the site's at most. */
const HEADLINE_LETTERS = 10;
const SECTION_CHARS = 30;
/** Characters a home link's text has at most to be taken as the site's name. */
const NAME_CHARS = 30;

/** The texts of the links to the page's home page (an address with no path), each once: the site's name as the
 * page writes it ("中国青年网"), among others ("首页"). */
export function homeLinkNames(doc: Document): string[] {
  const names = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!/^(?:https?:)?\/\/[^/?#]+\/?$/i.test(a.getAttribute('href')!.trim())) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= NAME_CHARS && /\p{L}/u.test(text)) names.add(text);
  }
  return [...names];
}

/** The headline before one of the site's `names` in the title, with the sections set between them by the same
 * separator ("_教育频道"); null where no name stands in the title after a separator. */
export function titleBeforeSiteName(title: string, names: readonly (string | null | undefined)[]): { title: string; site: string } | null {
  for (const name of names) {
    const n = name?.trim();
    const at = n ? title.lastIndexOf(n) : -1;
    if (!n || at <= 0 || !AFTER_NAME.test(title.slice(at + n.length))) continue;
    const sep = BEFORE_NAME.exec(title.slice(0, at));
    if (!sep) continue;
    const head = withoutSections(title.slice(0, sep.index), sep[0].trim());
    if ((head.match(/\p{L}/gu) ?? []).length >= HEADLINE_LETTERS) return { title: head, site: n };
  }
  return null;
}

/** "海外留学生看两会：出国前后关注点大不同_教育频道" → the first part, where the separator joins short names after it. */
function withoutSections(head: string, sep: string): string {
  if (sep !== '_') return head.trim();
  const parts = head.split('_');
  return parts.length > 1 && parts.slice(1).every((p) => p.trim() && p.length <= SECTION_CHARS) ? parts[0]!.trim() : head.trim();
}
