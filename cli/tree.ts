// The shape a browser gives every page, restored on linkedom's tree: one <head> with head content only, then one
// <body> holding everything else. linkedom keeps what the HTML parser would move: paragraphs inside <head> (a page
// missing its <body> tag), elements beside <body>, a second <body>, content after </html>. Readability walks up
// from its best candidate to <body> and fails on a tree where the article is not inside it.

export const HEAD_CONTENT = new Set(['META', 'TITLE', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

const tag = (n: Node) => (n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '');
const blank = (n: Node) => n.nodeType === 8 || (n.nodeType === 3 && !(n.textContent ?? '').trim());

function bodyOf(document: Document): Element {
  const html = document.documentElement;
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) if (tag(c) === 'BODY') return c;
  return html.appendChild(document.createElement('body'));
}

/** Moves into `body` the nodes a browser's parser would have put there; `body` keeps its own children in order. */
export function normalizeTree(document: Document): void {
  const html = document.documentElement;
  if (!html) return;
  const body = bodyOf(document);
  const before: Node[] = [], after: Node[] = [];
  let seenBody = false;
  for (const c of Array.from(html.childNodes)) {
    if (c === body) { seenBody = true; continue; }
    const t = tag(c);
    if (t === 'HEAD') {
      // Head content ends at the first node that is not head content: it and all after it belong to the body.
      let moving = false;
      for (const h of Array.from(c.childNodes)) {
        moving ||= !blank(h) && !HEAD_CONTENT.has(tag(h));
        if (moving) before.push(h);
      }
    } else if (t === 'BODY') {
      after.push(...Array.from(c.childNodes)); // a second <body>: browsers merge it into the first
      c.remove();
    } else if (!blank(c)) (seenBody ? after : before).push(c);
  }
  for (let s = html.nextSibling; s; s = s.nextSibling) if (!blank(s)) after.push(s);
  const first = body.firstChild;
  for (const n of before) body.insertBefore(n, first);
  for (const n of after) body.appendChild(n);
}
