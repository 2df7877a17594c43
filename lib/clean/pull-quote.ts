// A pull quote: a sentence of the story set again in large type beside it (a box "Wir akzeptieren heute nicht, …",
// then the same words in their paragraph). The reader reads it twice; the words stay in their paragraph, so taking
// the copy out loses nothing. Known by structure alone, in any language: a short block that is no heading (a subhead
// quoting the story stays: it gives the story its sections), whose words stand in full and in order in a longer
// paragraph of prose a little further on. A pull quote comes before the passage it is taken from (all 12 on the
// AEB and fundus pages do); words quoted again after their paragraph are the writer's own return to them (an essay
// quoting a tweet in full, then "“… Fares have increased …” But, …" as a paragraph of its argument). A copy set
// apart in a quote box of its own (blockquote, aside) may stand further ahead of its paragraph: the box is the
// second evidence (TimesLive's "What is dangerous about a tweet…" boxed 13 blocks before it is said), and its
// paragraph need only be fuller by the speech tag ("… he asked.").
import T from '../rules/clean-thresholds.json';
import { isProse, type BlockSignals } from './signals';
import { normalizeBlockText, wordsOfNormalized } from '../fingerprint';
import type { Verdicts } from './decide';
import { closestTag, hasMedia, ICON_PX } from '../dom';
import { editedFrom } from './edited-quote';

// Tag walks, not selectors: linkedom parses a selector anew on every call (the CLI's cold cost).
const CODE = new Set(['PRE', 'CODE']), QUOTE_BOX = new Set(['BLOCKQUOTE', 'ASIDE']);

/** For each block, the index of the nearby paragraph it repeats as a pull quote, or -1. */
export function pulledFrom(sigs: readonly BlockSignals[]): number[] {
  const joined: (string | undefined)[] = [];
  const words = (k: number) => (joined[k] ??= ` ${sigs[k]!.words.join(' ')} `);
  // Above the story's first paragraph a line that says what the lead says is its standfirst, set there on purpose.
  const lead = sigs.findIndex(isProse);
  return sigs.map((s, k) => {
    // Code repeats its lines on purpose (a command, then its output): never a pull quote.
    if (k < lead || s.heading || s.caption || s.listItem || s.tableCell || s.tag === 'pre' || closestTag(s.el, CODE) || s.words.length < T.pullMinWords || s.len > T.pullMax) return -1;
    const boxed = !!closestTag(s.el, QUOTE_BOX);
    const near = boxed ? T.pullNearBoxed : T.pullNear;
    const more = boxed ? T.pullSourceMoreWordsBoxed : T.pullSourceMoreWords;
    for (let j = k + 1; j <= k + near && j < sigs.length; j++) {
      const o = sigs[j]!;
      if (isProse(o) && o.tag !== 'pre' && o.words.length >= s.words.length + more && words(j).includes(words(k))) return j;
    }
    if (!boxed) return -1;
    // Or its words said with speech tags between, or edited (shortened, an ending changed: lib/clean/edited-quote.ts)
    // in a box of no links (an embedded post links to itself: the story's account of it is no copy of it).
    const said = spokenAround(sigs, k, words);
    if (said >= 0 || closestTag(s.el, QUOTE_BOX)!.getElementsByTagName('a').length) return said;
    return editedFrom(sigs, k, T.pullNearBoxed, spoken);
  });
}

/** A paragraph of the story, of any length ("But folks don't talk about the downside," he added.), in no quote box of
 * its own: a letter quoted in full and a pull quote of its last line repeat each other, and both stay. */
const spoken = (o: BlockSignals) => !o.heading && !o.caption && !o.listItem && o.tag !== 'pre' && o.linkDensity < 0.5 && o.sentences >= 1 &&
  !closestTag(o.el, QUOTE_BOX);

/** Words of a clause that must stand in a paragraph (shorter ones, "he said", are everywhere). */
const CLAUSE_WORDS = 2;
/** Where a quotation's clauses end: sentence and clause marks, quotation marks of any script. */
const CLAUSE_END = /[.!?;:,…。！？、"“”„«»‹›「」『』]+/u;

/**
 * A quote box whose words the story says in its paragraphs with speech tags between ("The sexy sells," added Baker…
 * "The upside sells." / "But folks don't talk about the downside," he added.): every clause of the box stands in a
 * paragraph of prose near it, before or after (the box is the second evidence). The index of one of them, or -1.
 */
function spokenAround(sigs: readonly BlockSignals[], k: number, words: (k: number) => string): number {
  const clauses = sigs[k]!.text.split(CLAUSE_END).map((c) => wordsOfNormalized(normalizeBlockText(c))).filter((w) => w.length >= CLAUSE_WORDS);
  if (clauses.length < 2) return -1;
  const box = closestTag(sigs[k]!.el, QUOTE_BOX);
  const near = sigs.map((_, j) => j).filter((j) => !box?.contains(sigs[j]!.el) && Math.abs(j - k) <= T.pullNearBoxed && spoken(sigs[j]!));
  let found = -1;
  for (const c of clauses) {
    const j = near.find((i) => words(i).includes(` ${c.join(' ')} `));
    if (j === undefined) return -1;
    found = j;
  }
  return found;
}

const PULL_RULE = 'copy:pull-quote';
/** Longest line that can be a pull quote's credit ("— Advocate Dali Mpofu"). */
const CREDIT_MAX = 100;
/** Most lines a credit takes (a name, a role, a date). */
const CREDIT_LINES = 3;

/** Levels above the quote box a credit may sit at, beside it in a wrapper (`div > blockquote + div > figure + p`). */
const WRAPPER_UP = 2;

/** The box that sets the pull quote apart: its quote box (blockquote, aside) or, when that holds nothing else, the
 * nearest wrapper around it that holds other blocks and a picture (the credit and avatar beside the quote) or only
 * credit lines that name whom its paragraph names, or null. */
function quoteBox(infos: readonly { s: BlockSignals; pulledFrom?: number }[], k: number): Element | null {
  const q = infos[k]!.s.el, box = closestTag(q, QUOTE_BOX);
  let el: Element | null = box;
  for (let up = 0; el && up <= WRAPPER_UP; el = el.parentElement, up++) {
    const at = el;
    const beside = infos.filter((b) => at.contains(b.s.el) && !b.s.el.contains(q) && !q.contains(b.s.el));
    // A wrapper counts with the speaker's picture in it, or when each line beside the quote is no sentence and
    // names whom the quote's paragraph names ("… says veteran industry analyst Ken Doctor"): a line alone beside a
    // quote box may otherwise be the story's own.
    if (beside.length) return at === box || hasMedia(at, ICON_PX) || namedInSource(infos, k, beside) ? at : box;
  }
  return box;
}

/** Share of a credit line's words its quote's paragraph holds at least. */
const NAMED_SHARE = 0.5;

/** Every line beside the quote is no sentence and most of its words stand in the paragraph the quote was taken from. */
function namedInSource(infos: readonly { s: BlockSignals; pulledFrom?: number }[], k: number, beside: readonly { s: BlockSignals }[]): boolean {
  const src = infos[infos[k]!.pulledFrom ?? -1]?.s;
  if (!src) return false;
  const words = new Set(src.words);
  return beside.every(({ s }) => !s.terminal && s.words.length > 0 && s.words.filter((w) => words.has(w)).length >= s.words.length * NAMED_SHARE);
}

/** The credit line of a pull quote removed as a copy goes with it: in the box that sets the quote apart, short lines
 * that are not prose, when every other block of that box is gone (a bare picture beside them, the speaker's avatar,
 * then goes with the emptied box: box-picture.ts). The paragraph it was taken from keeps its speech tag, so the
 * speaker is still named there. */
/** Whether a pull quote was removed as a copy (asked first: most pages have none, and cleaning runs cold). */
export const hasPullQuoteCopies = (v: Verdicts): boolean => v.some((x) => x?.rule === PULL_RULE);

export function applyPullQuoteCredits(infos: readonly { s: BlockSignals; pulledFrom?: number }[], v: Verdicts): void {
  infos.forEach((b, k) => {
    if (v[k]?.rule !== PULL_RULE) return;
    const box = quoteBox(infos, k);
    if (!box) return;
    const inBox = [...infos.keys()].filter((j) => box.contains(infos[j]!.s.el));
    const rest = inBox.filter((j) => !v[j] && infos[j]!.s.text);
    if (rest.length === 0 || inBox.some((j) => j !== k && v[j] && v[j]!.meta)) return;
    if (rest.length > CREDIT_LINES || !rest.every((j) => { const s = infos[j]!.s; return s.len <= CREDIT_MAX && !isProse(s) && !s.heading && !s.caption; })) return;
    for (const j of rest) v[j] = { reason: 'duplicate', rule: `${PULL_RULE}:credit`, score: 0, strong: false, evidence: ['it credits a pull quote removed as a copy, in the same box'] };
  });
}
