// Residue: what a removal leaves behind, whoever made it (Readability or the rules before these). A skip link whose
// box is gone ("skip past newsletter promotion") and the line it jumps to; a caption whose picture or video is gone;
// the heading or label of a section at the end that nothing but removed blocks and bare pictures is left in (a
// "More on this" box whose headlines went, leaving their thumbnails); a short line that is the odd one out of a box
// whose other blocks all went; a list of short links above the text (the rubrics of the story). All by structure,
// in any language.
import type { BlockInfo } from './context';
import { gone, inheritedReason, protectedBlock, type Verdict, type Verdicts } from './decide';
import { isProse, isSentence } from './signals';
import { closestTag, eachElement, firstInside, hasMedia, ICON_PX, squeezed } from '../dom';
import { headsTimedEntries } from './day-heading';

const residue = (rule: string, reason: Verdict['reason'], evidence: string): Verdict => ({ reason, rule, score: 0, strong: false, evidence: [evidence] });

/** Longest short line a box's odd one out or a section's label can be. */
const SHORT = 100;
/** Removed blocks a box must have lost for its last short line to go with them. */
const ODD_BOX_MIN = 4;
/** Longest line whose copy right after it goes. */
const REPEAT_MAX = 80;

const FIGURE = new Set(['FIGURE']), FIGCAPTION = new Set(['FIGCAPTION']);
const LISTS = new Set(['UL', 'OL']);
/** A picture, a video or a frame (an SVG only when larger than an icon: a play button is none). */
const showsMedia = (el: Element): boolean => hasMedia(el, ICON_PX);

/** A block that is one link to a place on this page ("skip past …", "skip to content"): the fragment it jumps to. */
function skipTarget(b: BlockInfo | undefined): string | null {
  if (!b) return null;
  const s = b.s;
  if (s.links !== 1 || s.linkDensity < 0.9 || s.len > SHORT) return null;
  const a = s.el.tagName.toUpperCase() === 'A' ? s.el : s.el.getElementsByTagName('a')[0];
  const href = a?.getAttribute('href') ?? '';
  return href.length > 1 && href.startsWith('#') ? href.slice(1) : null;
}

/** `el` itself when its id is `id`, else its descendant with that id, or null. */
function withId(el: Element, id: string): Element | null {
  return el.getAttribute('id') === id ? el : el.querySelector(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
}

/** Whether the element with id `id` is missing from the tree `el` stands in, or holds `el` itself. */
function leadsNowhere(el: Element, id: string): boolean {
  let root = el;
  while (root.parentElement) root = root.parentElement;
  const target = withId(root, id);
  return !target || target.contains(el);
}

/**
 * A skip link whose target is the next block left (everything it skipped went) goes; so does that target when it
 * is a short line of its own (the "after the promotion" note, not a heading or prose).
 */
/** Whether applySkipLinks has a link to follow (asked first: most pages have none, and cleaning runs cold). */
export const hasSkipLinks = (infos: BlockInfo[], v: Verdicts): boolean => infos.some((b, k) => !v[k] && skipTarget(b) !== null);

export function applySkipLinks(infos: BlockInfo[], v: Verdicts): void {
  infos.forEach((b, k) => {
    const id = skipTarget(b);
    if (!id || v[k]) return;
    let t = -1;
    for (let j = k + 1; j < infos.length && t < 0; j++) {
      if (withId(infos[j]!.s.el, id)) t = j;
      else if (!gone(v, j)) break;
    }
    if (t < 0) {
      // a place elsewhere in the text, or gone with its heading's id: a table of contents is the reader's. A lone link
      // above the story to a place that is not in the text, or that holds the link itself ("Skip to content"), leads
      // nowhere in the reader.
      if (b.beforeProse && !skipTarget(infos[k - 1]) && !skipTarget(infos[k + 1]) && leadsNowhere(b.s.el, id))
        v[k] = residue('skip-link:nowhere', 'navigation', 'a link above the story to a place it does not lead to in the article');
      return;
    }
    v[k] = residue('skip-link', 'navigation', 'a link past a box that was removed');
    const s = infos[t]!.s;
    if (!v[t] && !s.heading && !isProse(s) && !isSentence(s) && s.len <= SHORT && !s.quoted)
      v[t] = residue('skip-link:target', 'navigation', 'the place a skip link jumps to, past a removed box');
  });
}

/** Words of a player in the markup a figure keeps (its class names, ids and data attributes, a play icon). */
const PLAYER = /video|player|youtube|vimeo|audio|podcast|play-?(?:button|icon|circle)/i;
/** Whether a figure held a player the page builds with scripts: a picture that only failed to load (lazily loaded,
 * or hidden until it loads) leaves no such trace, and its caption still tells the reader something. */
function heldPlayer(fig: Element): boolean {
  let found = false;
  eachElement(fig, (e) => {
    for (const name of e.getAttributeNames()) {
      if ((name === 'class' || name === 'id' || name.startsWith('data-') || name === 'name' || name === 'href' || name === 'xlink:href') && PLAYER.test(e.getAttribute(name) ?? '')) { found = true; return false; }
    }
  });
  return found;
}

/** Whether a figure's every text is in its captions. */
function captionOnly(fig: Element): boolean {
  return Array.from(fig.getElementsByTagName('figcaption')).reduce((n, c) => n + squeezed(c).length, 0) >= squeezed(fig).length;
}

/** A figure's caption whose video is gone (a player the page builds with scripts): a caption of nothing. */
export function applyOrphanCaptions(infos: BlockInfo[], v: Verdicts): void {
  const seen = new Map<Element, boolean>();
  infos.forEach((b, k) => {
    if (v[k] && !v[k]!.meta) return;
    const fig = b.s.caption ? closestTag(b.s.el, FIGURE) : null;
    if (!fig || !closestTag(b.s.el, FIGCAPTION)) return;
    let orphan = seen.get(fig);
    if (orphan === undefined) {
      // Only a figure whose every text is its caption: a quotation set in a figure keeps its attribution.
      orphan = !showsMedia(fig) && heldPlayer(fig) && captionOnly(fig);
      seen.set(fig, orphan);
    }
    if (orphan) v[k] = residue('caption:no-media', 'caption', 'a caption whose picture or video is not in the article');
  });
}

/** A heading, or a short label line without links: what can head a section. Rank 7 for a label (below h6). */
function rankOf(b: BlockInfo, v: Verdicts): number {
  const s = b.s;
  if (s.heading) return s.heading;
  if (v[b.index] || s.listItem || s.caption || s.links || !s.text || s.len > 60 || /[.!?。！？]$/.test(s.text)) return 0;
  return 7;
}

/** A block of pictures only (no text, no caption): the thumbnail a teaser leaves when its headline is removed. */
const bareMedia = (b: BlockInfo) => !b.s.text && showsMedia(b.s.el) && !captioned(b.s.el);
/** Inside a figure with a caption of some words (or inside a figure in one: a caption set after its figure joins
 * it as the outer figure's, lib/figures.ts). */
export function captioned(el: Element): boolean {
  for (let f = closestTag(el, FIGURE); f; f = f.parentElement && closestTag(f.parentElement, FIGURE)) if (f.querySelector('figcaption')?.textContent?.trim()) return true;
  return false;
}

const CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);
const isControl = (e: Element) => CONTROLS.has(e.tagName.toUpperCase());

/** A block whose text is all in a <label> that names no control (no `for`, none inside): a box's title line. */
function labelsNothing(el: Element): boolean {
  const label = el.tagName.toUpperCase() === 'LABEL' ? el : el.getElementsByTagName('label')[0];
  if (!label || label.hasAttribute('for') || firstInside(label, isControl)) return false;
  return squeezed(label) === squeezed(el);
}

/** Whether applyEmptiedTail can change anything: after the last paragraph of prose, a block left that could head a
 * section. Asked first so that most pages never compile the rule (cleaning runs cold). */
export function mayEmptyTail(infos: BlockInfo[], v: Verdicts): boolean {
  for (let k = infos.length - 1; k >= 0 && !isProse(infos[k]!.s); k--) if (!gone(v, k) && rankOf(infos[k]!, v)) return true;
  return false;
}

/**
 * After the last paragraph of prose, a heading or label whose section holds only removed blocks and bare pictures
 * goes with them, and so do those pictures; a date or credit set as a heading with nothing under it goes too.
 */
export function applyEmptiedTail(infos: BlockInfo[], v: Verdicts): void {
  let last = -1;
  infos.forEach((b, k) => { if (isProse(b.s)) last = k; });
  if (last < 0) return;
  for (let k = infos.length - 1; k > last; k--) {
    const b = infos[k]!;
    if (gone(v, k)) continue;
    const meta = !!v[k]?.meta && b.s.heading > 0;
    const rank = meta ? b.s.heading : rankOf(b, v);
    if (!rank) continue;
    // A form's <label> that labels no control is the title of a box; with nothing left after it, the list it titled
    // is gone (AutoIndustriya's "RECENT ARTICLES", whose cards Readability left out).
    if (rank === 7 && labelsNothing(b.s.el) && infos.every((_, j) => j <= k || gone(v, j))) {
      v[k] = residue('label:alone', 'related', 'the title of a box at the end whose list is gone');
      continue;
    }
    // A label heads only what its own box holds after it (the box's title line): "The end." before the site's
    // pictures is the story's last line, not the title of a box.
    const box = rank === 7 ? b.box : null;
    if (rank === 7 && (!box || (k > 0 && box.contains(infos[k - 1]!.s.el)))) continue;
    const section: number[] = [];
    for (let j = k + 1; j < infos.length; j++) {
      if (box && !box.contains(infos[j]!.s.el)) break;
      const r = infos[j]!.s.heading || (rankOf(infos[j]!, v) && !gone(v, j) ? 7 : 0);
      if (r && r <= rank && !gone(v, j)) break;
      if (infos[j]!.s.text || bareMedia(infos[j]!)) section.push(j);
    }
    const emptied = section.every((j) => gone(v, j) || bareMedia(infos[j]!));
    if (meta) {
      if (emptied && !headsTimedEntries(infos, k)) v[k] = residue('heading:empty-meta', 'navigation', 'a date or credit set as a heading, with nothing under it');
      continue;
    }
    // A heading over pictures alone may head a gallery of the page's own: it goes only when something of its section
    // was removed (a label's box is its own, and goes whole).
    if (!section.length || !emptied || (rank < 7 && !section.some((j) => gone(v, j)))) continue;
    const r = section.map((j) => v[j]).find((x) => x && !x.meta);
    v[k] = { reason: r?.reason ?? 'related', rule: 'heading:section-emptied', kind: r?.kind, score: 0, strong: false, evidence: ['its section at the end holds only removed blocks and bare pictures'] };
    for (const j of section) if (!v[j]) v[j] = residue('media:emptied-section', v[k]!.reason, 'a bare picture in a section whose text was removed');
  }
}

/**
 * A short line left alone in a box whose other blocks (at least ODD_BOX_MIN) all went: the odd one out of a
 * dialog or a teaser box (one question of a paywall's FAQ). The smallest box around it that holds another block
 * decides: if that box keeps any other block, the line stays.
 */
/** Whether applyOddOneOut can act: a short line still kept beside a removed block, and at least as many blocks removed
 * as a box must have lost (asked first: cleaning runs cold, and a function compiles whole at its first call). */
export function hasOddCandidates(infos: BlockInfo[], v: Verdicts): boolean {
  let removed = 0;
  for (let k = 0; k < infos.length; k++) if (gone(v, k)) removed++;
  return removed >= ODD_BOX_MIN && infos.some((b, k) => !v[k] && !!b.s.text && b.s.len <= SHORT && (gone(v, k - 1) || gone(v, k + 1)));
}

export function applyOddOneOut(infos: BlockInfo[], v: Verdicts, root: Element): void {
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || !s.text || s.len > SHORT || isProse(s) || protectedBlock(s)) return;
    if (!(k > 0 && gone(v, k - 1)) && !(k + 1 < infos.length && gone(v, k + 1))) return;
    let lo = k, hi = k;
    for (let box = s.el.parentElement; box && box !== root; box = box.parentElement) {
      while (lo > 0 && box.contains(infos[lo - 1]!.s.el)) lo--;
      while (hi + 1 < infos.length && box.contains(infos[hi + 1]!.s.el)) hi++;
      let removed = 0;
      for (let j = lo; j <= hi; j++) if (j !== k) { if (!gone(v, j)) return; removed++; }
      if (removed >= ODD_BOX_MIN) {
        const r = v[k - 1 >= lo && gone(v, k - 1) ? k - 1 : k + 1]!;
        v[k] = { reason: inheritedReason(r), rule: 'box:odd-one-out', score: 0, strong: false, evidence: ['every other block of its box was removed'] };
        return;
      }
    }
  });
}

const rubric = (b: BlockInfo) => b.s.listItem && b.s.links === 1 && b.s.linkDensity >= 0.85 && b.s.len <= 30 && !b.s.linkKinds.has('anchor');
/** Whether a rubric's item (a list item of one short link) stands before the first paragraph of prose: without one,
 * applyRubricLists has nothing to do (asked first: cleaning runs cold, and a function compiles whole). */
export function hasRubricItems(infos: BlockInfo[]): boolean {
  for (const b of infos) { if (isProse(b.s)) return false; if (rubric(b)) return true; }
  return false;
}

/** Before the first paragraph of prose, a list whose every item is one short link (the story's rubrics). */
export function applyRubricLists(infos: BlockInfo[], v: Verdicts): void {
  const first = infos.findIndex((b) => isProse(b.s));
  const lists = new Map<Element, number[]>();
  for (let k = 0; k < first; k++) {
    const list = infos[k]!.s.listItem ? closestTag(infos[k]!.s.el, LISTS) : null;
    if (list) { const l = lists.get(list); if (l) l.push(k); else lists.set(list, [k]); }
  }
  for (const [list, members] of lists) {
    if (list.getElementsByTagName('li').length !== members.length || !members.every((k) => rubric(infos[k]!))) continue;
    for (const k of members) if (!v[k]) v[k] = residue('links:rubric', 'navigation', 'a list of short links above the text');
  }
}

/**
 * A picture's zoom control: a block of one linked picture (an icon) whose link leads to a picture the same figure
 * already shows ("拡大", "Enlarge"). The reader sees the picture once, not a magnifier beside it.
 */
/** Whether applyZoomControls can act: a short line of one link still kept inside a figure (asked first). */
export const hasZoomCandidates = (infos: BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => !v[k] && b.s.text.length <= 30 && b.s.links === 1 && !!closestTag(b.s.el, FIGURE));

export function applyZoomControls(infos: BlockInfo[], v: Verdicts): void {
  infos.forEach((b, k) => {
    const s = b.s;
    if (v[k] || s.text.length > 30 || s.links !== 1) return;
    const a = s.el.getElementsByTagName('a')[0], icon = a?.getElementsByTagName('img')[0];
    const href = a?.getAttribute('href'), fig = closestTag(s.el, FIGURE);
    if (!icon || !href || !fig || (a!.textContent ?? '').trim()) return;
    const shown = Array.from(fig.getElementsByTagName('img')).some((img) => img !== icon && img.getAttribute('src') === href);
    if (shown) v[k] = residue('media:zoom-control', 'navigation', 'a link to a picture the article already shows');
  });
}

/**
 * The same short line again with nothing but removed blocks between (a gallery prints its slide's credit in the
 * slide, under it and in an overlay): the copies go, the first stays. A picture between two copies makes them two
 * pictures' credits, and both stay; so do sentences, headings, table cells and links (each may lead elsewhere).
 */
/** Whether two lines still standing have the same text: without that, applyRepeatedLines has nothing to do. */
export function hasRepeatedLines(infos: BlockInfo[], v: Verdicts): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < infos.length; k++) {
    const s = infos[k]!.s;
    if (!s.text || gone(v, k)) continue;
    if (seen.has(s.norm)) return true;
    seen.add(s.norm);
  }
  return false;
}

export function applyRepeatedLines(infos: BlockInfo[], v: Verdicts): void {
  let last: string | null = null;
  infos.forEach((b, k) => {
    const s = b.s;
    if (gone(v, k)) return;
    if (!s.text) { if (showsMedia(s.el)) last = null; return; }
    if (s.norm === last && s.len <= REPEAT_MAX && !s.links && !s.heading && !s.quoted && !s.tableCell && !isSentence(s) && !isProse(s) && !showsMedia(s.el)) {
      v[k] = { reason: 'duplicate', rule: 'duplicate:next', kind: v[k]?.reason ?? 'caption', score: 0, strong: false, evidence: ['the same line again, with nothing between'] };
      return;
    }
    last = s.norm;
  });
}
