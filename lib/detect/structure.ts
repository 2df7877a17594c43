// The page's body of text: where most of its running text is, how long it is in any script, how much of it is links.
import { isInline, type PageSignals } from './signals';
import { BODY } from './weights';
import { attr } from '../dom';

export interface Body {
  /** Running text in the body, in Latin-equivalent characters: a CJK character weighs as several letters. */
  size: number;
  /** The same in characters as written. */
  chars: number;
  /** Share of the body's text that is links (0..1). */
  linkShare: number;
  /** Share of the page's running text that is in the body (0..1). */
  share: number;
  /** Text blocks (paragraphs) in the body. */
  blocks: number;
  /** What a character of the body's script weighs against a Latin letter (textWeight in signals.ts). */
  weight: number;
  /** Whether the page is written in a script without spaces between words (Chinese, Japanese). */
  wide: boolean;
  el: Element | null;
}

const LEVELS = 5; // a block counts for itself and this many wrappers in all (sites wrap paragraphs deep)
const TOP = /^(BODY|HTML)$/;

export function measureBody(s: Pick<PageSignals, 'blocks' | 'linkedHeadings'>): Body {
  const teasers = teaserItems(s.linkedHeadings);
  const under = new Map<Element, { text: number; links: number; chars: number; blocks: number }>();
  let total = 0;
  for (const [el, b] of s.blocks) {
    if (b.text < BODY.prose) continue;
    total += b.text;
    // Up to LEVELS wrappers (inline ones are not counted); up to the <body> only from its own children (pages
    // with bare paragraphs): from deeper it would add up everything.
    for (let a: Element | null = el, up = 0; a && up < LEVELS; a = a.parentElement) {
      const tag = a.tagName;
      if (isInline(tag)) continue;
      if (TOP.test(tag) && up > 1) break;
      let u = under.get(a);
      if (!u) under.set(a, (u = { text: 0, links: 0, chars: 0, blocks: 0 }));
      u.text += b.text; u.links += b.links; u.chars += b.chars; u.blocks++;
      if (tag === 'ARTICLE' || teasers.has(a)) break;
      up++;
    }
  }
  let best: Element | null = null, top = { text: 0, links: 0, chars: 0, blocks: 0 };
  for (const [el, u] of under) if (u.text > top.text) { best = el; top = u; }
  const weight = top.chars ? top.text / top.chars : 1;
  return {
    size: Math.round(top.text), chars: top.chars, el: best, blocks: top.blocks, weight, wide: weight > 1.8,
    linkShare: top.text ? top.links / (top.text + top.links) : 0,
    share: total ? top.text / total : 0,
  };
}

/**
 * The list items that are teasers: those with a headline linking elsewhere. A teaser's text stays in its teaser
 * (so do an <article>'s), so that the excerpts of a listing do not add up to a body; a bulleted list of prose does.
 */
function teaserItems(headlines: Element[]): Set<Element> {
  const items = new Set<Element>();
  for (const h of headlines) {
    let a = h.parentElement;
    for (let up = 0; a && up < LEVELS; up++, a = a.parentElement) if (a.tagName.toUpperCase() === 'LI') { items.add(a); break; }
  }
  return items;
}

/**
 * How many of the body's children are teasers: the largest group alike in tag and class whose members (at least
 * 80 % of them) each hold little text, a good part of it a link (a headline). Paragraphs are never teasers.
 */
export function teaserChildren(el: Element | null, weight: number, blocks: number): number {
  // Teasers count only when they are most of the body's blocks: with too few children they cannot be
  if (!el || 2 * el.childElementCount < blocks) return 0;
  const groups = new Map<string, [number, number]>();
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName.toUpperCase() === 'P') continue;
    const key = c.tagName + ' ' + attr(c, 'class'), g = groups.get(key) ?? [0, 0];
    const text = (c.textContent ?? '').trim().length * weight;
    let links = 0;
    for (const a of Array.from(c.getElementsByTagName('a'))) links += (a.textContent ?? '').trim().length * weight;
    if (text < BODY.teaser && links >= BODY.headline && links >= 0.2 * text) g[0]++;
    g[1]++;
    groups.set(key, g);
  }
  let most = 0;
  for (const [ok, all] of groups.values()) if (ok >= 0.8 * all && ok > most) most = ok;
  return most;
}

/** The body's length for a reader: words, or characters in a script written without spaces. */
export function bodyLength(body: Body): string {
  const n = body.wide ? body.chars : Math.round(body.size / 6);
  const digits = String(n).replace(/\B(?=(\d{3})+$)/g, ','); // 1,240 (toLocaleString is slow in browsers)
  return body.wide ? `${digits} characters` : `about ${digits} words`;
}
