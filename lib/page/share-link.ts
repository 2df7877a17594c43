// A link that shares this page elsewhere (a network's "share?u=<address>", `mailto:?body=<address>`), told by this
// page's own address in its query, in any language. Split from furniture.ts: photos.ts reads it too (a share link's
// icon is no photo), and furniture.ts reads photos.ts through tool-row.ts.

/** Characters of a share button's words ("Email link", "Teilen"): more is a line of the story with a link in it. */
const SHARE_TEXT_MAX = 40;

/** This page's address without scheme, query or fragment ("www.example.com/2024/story"), from its canonical link. */
function pageAddress(doc: Document): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? doc.location?.href ?? '';
  try { const u = new URL(href); return /^https?:$/.test(u.protocol) ? `${u.host}${u.pathname}`.replace(/\/$/, '') : null; } catch { return null; }
}

/**
 * A share button, in any language: every link in it carries this page's own address in its query to somewhere else
 * (`mailto:?body=<address>`, a network's `share?u=<address>`): the Guardian's "Email link" beside the date.
 */
export function sharesThisPage(el: Element): boolean {
  const links = el.matches('a[href]') ? [el] : Array.from(el.querySelectorAll('a[href]'));
  if (!links.length || (el.textContent ?? '').trim().length > SHARE_TEXT_MAX) return false;
  const me = pageAddress(el.ownerDocument);
  if (!me || !me.includes('/')) return false;
  return links.every((l) => {
    const href = l.getAttribute('href') ?? '';
    let d = href;
    try { d = decodeURIComponent(href); } catch { /* a malformed escape: read it as it is */ }
    const q = d.indexOf('?');
    return q >= 0 && d.slice(q).includes(me);
  });
}
