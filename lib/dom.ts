// DOM helpers that behave the same in every DOM the pipeline runs in (the browser, linkedom, jsdom, happy-dom)
// and never recurse, so that a page nested 10 000 levels deep cannot overflow the stack.

/** Calls `visit` for every element under `root` (root included), in document order; stops when it returns false. */
export function eachElement(root: Element, visit: (el: Element, depth: number) => boolean | void): void {
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (visit(el, d) === false) return;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, d + 1]);
  }
}

/** Element count and deepest nesting under `root`, stopping early once either passes `stopAt`. */
export function measureTree(root: Element, stopAt = Infinity): { elements: number; depth: number } {
  let elements = 0, depth = 0;
  eachElement(root, (_el, d) => {
    elements++;
    if (d > depth) depth = d;
    return elements <= stopAt && depth <= stopAt;
  });
  return { elements, depth };
}

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'CANVAS']);

/** Whether the element is or holds a picture, a video, a frame or another medium that shows without text. */
export function hasMedia(el: Element): boolean {
  let found = false;
  eachElement(el, (e) => { if (MEDIA.has(e.tagName.toUpperCase())) { found = true; return false; } });
  return found;
}
