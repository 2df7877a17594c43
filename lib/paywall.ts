// Whether the page gave only part of its story (a paywall cut it), so that every surface can say so instead of
// presenting the first paragraphs as the whole article. Read in two steps: the page before extraction (Readability
// may work on the document itself), then the story as cleaned. The page's schema.org data must declare the story
// (or a part of it) not free, `isAccessibleForFree: false`, and something must say that the text stops: the notice
// line the clean stage took out at the story's foot ("Il vous reste 57 % de cet article à lire", words that are
// data per language), or, without words, an element the markup names a paywall where the story stops while the
// part the data marks gated (its `cssSelector`) is missing. The declaration alone is no evidence: many sites
// declare every story gated and send it whole (the gated part then is in the text, and nothing is claimed).
import { eachElement, textOf } from './dom';
import { oneLine } from './chars';
import { jsonLd } from './json-ld';
import { classWords, hintOfWord } from './clean/markup';
import type { PartialText, Removal } from './types';

/** What the page says before extraction. Plain data: it outlives the document's changes. */
export interface PaywallProbe {
  /** The page's data says the story, or a part of it, is not free. */
  declared: boolean;
  /** The data names the gated part (a cssSelector). */
  selectors: boolean;
  /** Prose of that part, as the page holds it. */
  gated: string[];
  /** Elements the markup names a paywall, each with the prose before it, inside it and after it. */
  barriers: Barrier[];
}

interface Barrier { before: string | null; inside: string[]; after: string[] }

/** A block of this many characters is prose worth matching (shorter lines repeat across a page). */
const PROSE_MIN = 40;
/** Characters of a block matched against the story's text (its start: the clean stage may trim its end). */
const MATCH_CHARS = 60;
/** Blocks read inside and after a barrier, and in the gated part. */
const AFTER_BLOCKS = 3;
/** A barrier after one of the story's last this many blocks stands where the story stops. */
const END_BLOCKS = 2;
const GATED_BLOCKS = 20;
/** The gated part is on the page when this much of its prose, and at least half of it, is in the story. */
const GATED_PRESENT_CHARS = 200;
const PROSE_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'DD']);
/** The clean stage's rule for a paywall notice at the story's foot (lib/clean/decide.ts). */
export const NOTICE_RULE = 'phrase:paywall-foot';
/** The rule of a gated part the page hid and the extraction left out (lib/held-back.ts, which imports this file). */
export const HELD_BACK_RULE = 'paywall:held-back';

/** A story's text that stops at an ellipsis right after a word, outside any quotation: cut where the page stopped
 * giving it (a quotation that trails off closes its marks after the dots). */
const CUT_END = /[^\s.…](?:\.{3}|…)$/;

const FALSE = /^(?:https?:\/\/schema\.org\/)?false$/i;
export const notFree = (v: unknown): boolean => v === false || (typeof v === 'string' && FALSE.test(v.trim()));

/** Whether the data declares something not free, and the selectors of the parts it declares so. */
export function declaration(data: readonly unknown[]): { declared: boolean; selectors: string[] } {
  let declared = false;
  const selectors: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (!v || typeof v !== 'object' || depth > 8) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    if (notFree(o.isAccessibleForFree)) {
      declared = true;
      for (const s of [o.cssSelector].flat()) if (typeof s === 'string' && s.trim()) selectors.push(s.trim());
    }
    for (const k of Object.keys(o)) if (o[k] && typeof o[k] === 'object') visit(o[k], depth + 1);
  };
  visit(data, 0);
  return { declared, selectors };
}

const isProse = (el: Element) => PROSE_TAGS.has(el.tagName.toUpperCase());

/** Prose of the elements a selector finds (a selector the DOM cannot parse finds none). */
function gatedProse(doc: Document, selectors: string[]): string[] {
  const out: string[] = [];
  for (const sel of selectors) {
    let els: Element[] = [];
    try { els = Array.from(doc.querySelectorAll(sel)); } catch { continue; }
    for (const el of els) {
      const blocks = isProse(el) ? [el] : Array.from(el.querySelectorAll('p'));
      for (const b of blocks) {
        const t = textOf(b);
        if (t.length >= PROSE_MIN) out.push(t);
        if (out.length >= GATED_BLOCKS) return out;
      }
    }
  }
  return out;
}

export const namedPaywall = (el: Element) => classWords(el).some((w) => hintOfWord(w) === 'paywall');

/**
 * The page's paywall-named elements (the outermost of nested ones) with the prose around them, in one walk of the
 * document in order.
 */
function barriersOf(root: Element): Barrier[] {
  const out: Barrier[] = [];
  let last: string | null = null;
  let open: { el: Element; barrier: Barrier } | null = null;
  const pending: Barrier[] = [];
  eachElement(root, (el) => {
    if (open && !open.el.contains(el)) open = null;
    if (!open && namedPaywall(el)) {
      const barrier: Barrier = { before: last, inside: [], after: [] };
      out.push(barrier); pending.push(barrier);
      open = { el, barrier };
      return;
    }
    if (!isProse(el)) return;
    const t = textOf(el);
    if (t.length < PROSE_MIN) return;
    if (open) { if (open.barrier.inside.length < AFTER_BLOCKS) open.barrier.inside.push(t); return; }
    last = t;
    for (const b of pending) b.after.push(t);
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.after.length >= AFTER_BLOCKS) pending.splice(i, 1);
  });
  return out;
}

/**
 * Read the page before extraction changes it. `meta` is its meta tags by property, name or itemprop, lower-cased,
 * as detection read them (lib/detect): the microdata declaration (`<meta itemprop="isAccessibleForFree"
 * content="false">`, NYT's way) is one of them; `ld` its JSON-LD when the caller has parsed it. The page's body is
 * read only when it declares something gated.
 */
export function probePaywall(doc: Document, meta?: ReadonlyMap<string, string>, ld: readonly unknown[] = jsonLd(doc)): PaywallProbe {
  const { declared: inLd, selectors } = declaration(ld);
  const declared = inLd || notFree(meta?.get('isaccessibleforfree'));
  const root = doc.body ?? doc.documentElement;
  if (!declared) return { declared, selectors: false, gated: [], barriers: [] };
  return { declared, selectors: selectors.length > 0, gated: gatedProse(doc, selectors), barriers: root ? barriersOf(root) : [] };
}

/** A test of whether a block of the page is in `text` (white space collapsed). */
function matcher(text: string): (block: string | null) => boolean {
  const story = oneLine(text);
  return (block) => !!block && story.includes(block.slice(0, MATCH_CHARS));
}

/**
 * Whether the story as cleaned is only the part the page gave: `text` is the clean text, `removed` what the clean
 * stage took out. Null when nothing says so, or when the part the page declares gated is there after all (a
 * subscriber's page, or a site that sends the story whole and hides it with a script).
 */
export function paywallVerdict(probe: PaywallProbe, text: string, removed: readonly Removal[]): PartialText | null {
  if (!probe.declared) return null;
  const evidence = ['the page\'s data marks the story for subscribers'];
  // The page sent the gated part hidden and it was left out (lib/held-back.ts): the text is the part it shows.
  if (removed.some((r) => r.rule === HELD_BACK_RULE)) return { evidence: [...evidence, 'the page hides the part it marks so, left out'] };
  const inStory = matcher(text);
  const gatedChars = probe.gated.reduce((n, t) => n + t.length, 0);
  const foundChars = probe.gated.filter(inStory).reduce((n, t) => n + t.length, 0);
  if (foundChars >= GATED_PRESENT_CHARS && foundChars * 2 >= gatedChars) return null;
  const notice = removed.find((r) => r.rule === NOTICE_RULE);
  if (notice) return { evidence: [...evidence, `a subscribers' notice where the story stops: "${notice.text}"`] };
  // Without words: the page cut the story's last paragraph (of prose: a lone heading may follow) short and marked the cut ("…想定震源域...").
  const lastProse = text.split(/\n{2,}/).map((b) => b.trim()).filter((b) => b.length >= PROSE_MIN).pop() ?? '';
  if (CUT_END.test(lastProse)) return { evidence: [...evidence, 'its last paragraph stops short at an ellipsis'] };
  // The story's last blocks: a barrier after one of them is where the story stops (one after its first paragraph
  // is a box between the lead and the rest, and the rest is there).
  const atEnd = matcher(text.split(/\n{2,}/).slice(-END_BLOCKS).join('\n'));
  const barrier = probe.barriers.some((b) => atEnd(b.before) && !b.inside.some(inStory) && !b.after.some(inStory));
  // A barrier alone is a metered site's markup around a story sent whole: the gated part must be missing too.
  if (barrier && probe.selectors && !foundChars)
    return { evidence: [...evidence, 'the part it marks so is not in the text', 'an element named a paywall stands where the story stops'] };
  return null;
}
