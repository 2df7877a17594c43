// A pull quote: a sentence of the story set again in large type beside it (a box "Wir akzeptieren heute nicht, …",
// then the same words in their paragraph). The reader reads it twice; the words stay in their paragraph, so taking
// the copy out loses nothing. Known by structure alone, in any language: a short block that is no heading (a subhead
// quoting the story stays: it gives the story its sections), whose words stand in full and in order in a longer
// paragraph of prose a little further on. A pull quote comes before the passage it is taken from (all 12 on the
// AEB and fundus pages do); words quoted again after their paragraph are the writer's own return to them (an essay
// quoting a tweet in full, then "“… Fares have increased …” But, …" as a paragraph of its argument).
import T from '../rules/clean-thresholds.json';
import { isProse, type BlockSignals } from './signals';

/** For each block, the index of the nearby paragraph it repeats as a pull quote, or -1. */
export function pulledFrom(sigs: readonly BlockSignals[]): number[] {
  const joined: (string | undefined)[] = [];
  const words = (k: number) => (joined[k] ??= ` ${sigs[k]!.words.join(' ')} `);
  return sigs.map((s, k) => {
    // Code repeats its lines on purpose (a command, then its output): never a pull quote.
    if (s.heading || s.caption || s.listItem || s.tableCell || s.tag === 'pre' || s.el.closest('pre, code') || s.words.length < T.pullMinWords || s.len > T.pullMax) return -1;
    for (let j = k + 1; j <= k + T.pullNear && j < sigs.length; j++) {
      const o = sigs[j]!;
      if (isProse(o) && o.tag !== 'pre' && o.words.length >= s.words.length + T.pullSourceMoreWords && words(j).includes(words(k))) return j;
    }
    return -1;
  });
}
