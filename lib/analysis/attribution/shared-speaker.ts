// A speaker found for one quotation given to others that are the same words: a quotation the text repeats (a
// headline's, a pull quote's) and the parts of one multi-paragraph quotation.

import type { Attributed } from './index';
import type { Doc } from './site';
import { ATTRIBUTION } from '../weights';
import { hasLetter } from '../text/props';
import { pronounOf } from './mention';

const folded = (s: string) => s.toLowerCase().replace(/[\s.,;:!?…“”„"«»‹›‘’'()\[\]–—-]+/g, ' ').trim();

/**
 * A quotation the text repeats (a headline or a pull quote that reappears in the story, "„Sie werden schneller“" in
 * the title and in "Er sagt: „Es ist nicht so … Sie werden schneller“") has the speaker the story gives it.
 */
export function shareRepeats(out: Attributed[], doc: Doc) {
  const { text } = doc;
  // only a quotation that is most of its paragraph (a headline's, a pull quote's): a phrase one person coins is often quoted back by another
  const short = (o: Attributed) => { const p = doc.paras[o.q.para]; return !!p && p.end - p.start <= ATTRIBUTION.repeatParagraphShare * (o.q.end - o.q.start); };
  // (a headline given the speaker before it by place alone, "„Ha estado bastante histérico“" after Russell's words, is
  // the words of whoever the story quotes saying them)
  // (and a standfirst's "“…,” she said" before the story names anyone: a pronoun that stands for nobody yet)
  const unresolved = (o: Attributed) => o.who === null && (!o.mention || !!pronounOf(o.mention, doc.rules));
  const lone = out.filter((o) => (unresolved(o) || o.how === 'prev-speaker') && short(o));
  if (!lone.length) return;
  const spoken = out.filter((o) => o.who !== null).map((o) => ({ o, t: folded(text.slice(o.q.start, o.q.end)) }));
  for (const o of lone) {
    const t = folded(text.slice(o.q.start, o.q.end));
    if (t.split(' ').length < ATTRIBUTION.repeatMinWords) continue;
    const raw = text.slice(o.q.start, o.q.end);
    // (words the source quotes in turn, „… ‚Wir kämpfen nicht gegen Frauen.‘ …“, are somebody else's)
    const from = spoken.filter((x) => x.o !== o && x.t.includes(t) && !quotedWithin(text.slice(x.o.q.start, x.o.q.end), raw));
    const by = new Set(from.map((x) => x.o.who));
    const src = by.size === 1 ? from[0]!.o : null;
    if (src) { o.who = src.who; o.mention = src.mention; o.how = 'repeat'; }
  }
}

/** The words `part` stand inside inner quotation marks of `whole` (its first occurrence; unknown: no). An opening
 * mark follows a space or the start, a closing one comes before a non-letter (an apostrophe sits inside a word). */
export function quotedWithin(whole: string, part: string): boolean {
  const at = whole.indexOf(part.slice(0, 24));
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = whole[i]!;
    if (OPENERS.includes(c) && (i === 0 || /[\s:(\[—–-]/u.test(whole[i - 1]!))) depth++;
    else if (CLOSERS.includes(c) && !hasLetter(whole[i + 1] ?? '')) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
const OPENERS = '‚‘‹\'"„“«', CLOSERS = '‘’›\'"“”»';

/** Parts of a multi-paragraph quotation share the speaker found for any of them. */
export function shareGroups(out: Attributed[]) {
  const groups = new Map<number, Attributed>();
  for (const o of out) if (o.kind === 'multi-paragraph' && (o.who !== null || o.mention) && !groups.has(o.q.group)) groups.set(o.q.group, o);
  for (const o of out) {
    const g = groups.get(o.q.group);
    if (g && o.kind === 'multi-paragraph' && o.who === null && !o.mention) { o.who = g.who; o.mention = g.mention; }
  }
}
