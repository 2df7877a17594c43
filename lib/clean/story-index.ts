// A story's own index at its top: a list whose every item is the title of an entry further down (a live ticker's
// "the news in brief" list, "Children killed in strikes (11.39)" over the entry "11.39: Children killed in
// strikes"). The entries hold the news; the list only points at them, as a site's navigation does, and the reader
// has the entries themselves. Evidence in no language's words: each item's words, less a bracketed note (the
// entry's time), stand in a distinct heading after the list. The short line set as a heading right above it, titling
// the list, goes with it. Left as it was, its items read as date lines and stayed in the reader as small print.
import type { BlockInfo } from './context';
import { gone, type Verdict, type Verdicts } from './decide';
import { emphasisShare } from './author-bio';

/** An item repeats a heading only with letters enough not to be chance. */
const ITEM_MIN = 15;
/** Items of a list to read as an index. */
const ITEMS_MIN = 2;
/** A title over the list is short. */
const TITLE_MAX = 80;
/** Share of its letters set in bold or emphasis for a line to read as a heading. */
const SET_AS_HEADING = 0.9;
const BRACKETED = /\s*[(（[][^()（）[\]]*[)）\]]\s*/g;

const core = (norm: string) => norm.replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim();

/** Whether storyIndexes can act: a list item kept and a heading after it (asked first, cheap). */
export const mayHoldStoryIndex = (infos: readonly BlockInfo[], v: Verdicts): boolean =>
  infos.some((b, k) => b.s.listItem && !gone(v, k)) && infos.some((b) => b.s.heading > 0);

/** The blocks of one list, by the list element each item stands in. */
function lists(infos: readonly BlockInfo[], v: Verdicts): Map<Element, number[]> {
  const out = new Map<Element, number[]>();
  infos.forEach((b, k) => {
    const list = b.s.listItem && !gone(v, k) ? b.s.el.closest('ul, ol') : null;
    if (list) out.set(list, [...(out.get(list) ?? []), k]);
  });
  return out;
}

/** Whether every item of `items` is the title of its own heading after the list. */
function indexesHeadings(infos: readonly BlockInfo[], items: readonly number[]): boolean {
  const last = items[items.length - 1]!;
  const headings = infos.flatMap((b, j) => (j > last && b.s.heading > 0 ? [b.s.norm] : []));
  const used = new Set<number>();
  return items.every((k) => {
    const c = core(infos[k]!.s.norm);
    const h = c.length >= ITEM_MIN ? headings.findIndex((x, i) => !used.has(i) && x.includes(c)) : -1;
    return h >= 0 && !!used.add(h);
  });
}

/** The short line titling the list right above it, or -1. */
function titleOf(infos: readonly BlockInfo[], v: Verdicts, first: number): number {
  const k = first - 1, b = infos[k];
  if (!b || gone(v, k) || b.s.listItem || !b.s.text || b.s.len > TITLE_MAX || /[.!?。！？]$/.test(b.s.text.trim())) return -1;
  return b.s.heading || emphasisShare(b.s.el) >= SET_AS_HEADING ? k : -1;
}

const verdict = (what: string): Verdict => ({ reason: 'navigation', rule: 'nav:story-index', score: 0, strong: false,
  evidence: ['a list at the top of the story whose every item is the title of an entry further down', what] });

/** Verdicts with a story's own index list (and its title) taken (the rest unchanged). */
export function storyIndexes(infos: readonly BlockInfo[], v: Verdicts): Verdicts {
  let out: Verdicts | null = null;
  for (const items of lists(infos, v).values()) {
    if (items.length < ITEMS_MIN || !indexesHeadings(infos, items)) continue;
    out ??= [...v];
    for (const k of items) out[k] = verdict('an item of it');
    const t = titleOf(infos, v, items[0]!);
    if (t >= 0) out[t] = verdict('the line titling it');
  }
  return out ?? v;
}
