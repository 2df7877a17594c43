// A grid item hidden by `display:none` frees its cell, and the grid's automatic placement moves every sibling after
// it one cell back: a story beside a 40 px share rail (`grid-template-columns: 40px auto`) flowed into the 40 px
// track, one syllable a line. So a grid item is hidden as an empty slot instead: nothing seen, no height, its cell
// and track kept. Flex items need no slot: their siblings only grow into the room left.

/** Attribute beside HIDDEN_ATTR on a hidden grid item: our stylesheet empties it instead of taking its box away. */
export const SLOT_ATTR = 'data-clearpage-slot';

/** The rules for slots (the stylesheet's `display:none` skips them): on its children too, the grid's items when the
 * slot is a `display:contents` wrapper (no box of its own). Clipped, so no child shows through. */
export const SLOT_CSS =
  `[${SLOT_ATTR}],[${SLOT_ATTR}]>*{visibility:hidden!important;height:0!important;min-height:0!important;margin:0!important;` +
  `padding:0!important;border:0!important;overflow:hidden!important}[${SLOT_ATTR}] *{visibility:hidden!important}`;

const styleOf = (el: Element): CSSStyleDeclaration | undefined => el.ownerDocument.defaultView?.getComputedStyle?.(el);

/**
 * Whether `el` is now laid out as an item of a grid, or a `display:contents` wrapper of some (its parent, through
 * such wrappers, is a grid container), and takes a cell: not hidden by the page, not out of the flow. Read before
 * we mark it (our stylesheet would hide it).
 */
export function isGridItem(el: Element): boolean {
  const own = styleOf(el);
  if (!own || own.display === 'none' || own.position === 'absolute' || own.position === 'fixed') return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const d = styleOf(p)?.display ?? '';
    if (d !== 'contents') return /\bgrid\b|inline-grid/.test(d);
  }
  return false;
}
