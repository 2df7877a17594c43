// Pages nested too deep, flattened as browsers' HTML parsers build them. Chromium's parser never nests an element
// deeper than 512 levels (Firefox does the same): past the cap, each new node is inserted as a sibling of the
// deepest element, so a page whose closing tags were all dropped still shows its story in the browser. We do the
// same after parsing, at our own cap (Budget.maxDepth), so that such a page is read rather than refused, while
// Readability still never walks a tree deeper than the cap (the reason the depth limit exists).

/**
 * Hoists every node deeper than `cap` levels (`root` is level 1) to be a following sibling of its ancestor at the
 * cap, in document order, so that text order is kept and no element is left deeper than `cap`. Iterative and
 * linear in the number of nodes; stops after `maxElements` elements (a page that large is refused anyway).
 * Returns how many nodes were moved (0 on a page within the cap, which is left untouched).
 */
export function flattenDeep(root: Element, cap: number, maxElements = Infinity): number {
  if (cap < 2) return 0;
  let moved = 0, seen = 0;
  const els: Element[] = [root], depths: number[] = [1];
  while (els.length) {
    const el = els.pop()!, d = depths.pop()!;
    if (++seen > maxElements) break;
    if (d >= cap) { if (el.firstElementChild) moved += hoistDescendants(el); continue; } // text at the cap is within it
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) { els.push(c); depths.push(d + 1); }
  }
  return moved;
}

/** Moves every descendant of `el` (text included) out to follow it in its parent, each emptied, in document order. */
function hoistDescendants(el: Element): number {
  const nodes = descendants(el);
  // Detached from the last in document order to the first: each node then leaves with no children left in it.
  for (let i = nodes.length - 1; i >= 0; i--) nodes[i]!.parentNode!.removeChild(nodes[i]!);
  const box = el.ownerDocument.createDocumentFragment();
  for (const n of nodes) box.appendChild(n);
  el.parentNode!.insertBefore(box, el.nextSibling);
  return nodes.length;
}

/** `el`'s descendants in document order, walked by sibling and parent links (no stack, no recursion). */
function descendants(el: Element): Node[] {
  const nodes: Node[] = [];
  let n: Node | null = el.firstChild;
  while (n) {
    nodes.push(n);
    if (n.firstChild) { n = n.firstChild; continue; }
    while (n !== el && !n.nextSibling) n = n.parentNode!;
    n = n === el ? null : n.nextSibling;
  }
  return nodes;
}
