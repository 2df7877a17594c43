// "la Plataforma por unas Fiestas de San Isidro Respetuosas", then "la Plataforma" all through: a body's name may
// hold lower-case function words ("por unas") between its head and the capitalised words that end it, and the
// tagger reads only the capitalised piece after them (as a place). When the head is a body's head of the language
// (rules.orgHeads) that the text then writes alone as a name, capitalised mid-sentence, again and again (the text
// abbreviates the body by its head), the head, the function words and the piece are one name. A locative between
// them ("la Policía en la Comunidad de Madrid") makes the piece a setting, and a conjunction a second name: no
// part of the name. Only where the language has no model of its own (its tagger's limits weigh less there), and
// not where every noun is capitalised (the head's capital says nothing).

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import type { WordUse } from './repeated';
import { isOrgHead } from './lexicon';

/** At most this many lower-case words between the head and the piece ("por unas"). */
const MAX_LINKS = 3;
/** The text writes the head alone, capitalised mid-sentence, at least this often besides. */
const MIN_ALONE = 2;

/** The head's index before the piece starting at word `first`, over function words only; -1 when none. */
function headBefore(words: readonly Word[], first: Word, rules: Rules): number {
  let i = first.i - 1, links = 0;
  while (i >= 0 && links < MAX_LINKS && !words[i]!.cap && words[i + 1]!.joined) {
    const l = words[i]!.l;
    if (!(rules.functionWords.has(l) || rules.nameParticles.has(l)) || rules.locatives.has(l) || rules.conjunctions.has(l)) return -1;
    i--; links++;
  }
  const h = words[i];
  return links > 0 && h && h.cap && !h.acr && words[i + 1]!.joined && isOrgHead(h.t, rules) ? i : -1;
}

/** How often the text writes the word alone as a name: capitalised mid-sentence with no capitalised word beside it. */
function aloneAsName(words: readonly Word[], l: string): number {
  let n = 0;
  for (const w of words) {
    if (w.l !== l || !w.cap || w.start) continue;
    const prev = words[w.i - 1], next = words[w.i + 1];
    if (!(prev?.cap && w.joined) && !(next?.cap && next.joined)) n++;
  }
  return n;
}

/** The candidates with each piece joined to the body's head and function words before it (see above). A candidate
 * of the head alone there (a name the text repeats, where the language has no model) gives way to the whole. */
export function joinHeadNames(cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules, uses: ReadonlyMap<string, WordUse>, strict: boolean): Candidate[] {
  // (where every noun is capitalised, a head written alone is as often the common noun: "die Gruppe vom …"; a model
  // trained on the language reads a name's limits itself: joined against it, Bosque's F1 fell 0.773 → 0.772)
  if (rules.nounsCapitalised || !strict) return [...cands];
  const lone = new Map(cands.filter((c) => c.words.length === 1).map((c) => [c.words[0]!.i, c] as const));
  const taken = new Set(cands.filter((c) => c.words.length > 1).flatMap((c) => c.words.map((w) => w.i)));
  const gone = new Set<Candidate>();
  const out = cands.map((c) => {
    if (c.tag === 'PER') return c;
    const h = headBefore(words, c.words[0]!, rules);
    const head = h >= 0 ? words[h]! : undefined;
    if (!head || taken.has(h) || (uses.get(head.l)?.lower ?? 0) > 0 || aloneAsName(words, head.l) < MIN_ALONE) return c;
    const own = lone.get(h);
    if (own) gone.add(own);
    const ws = words.slice(h, c.words[0]!.i);
    const prev = words[h - 1];
    return { ...c, words: [...ws, ...c.words], s: head.s, text: text.slice(head.s, c.e), prevWord: prev ? prev.l : '', tag: 'ORG' as const, tagStart: head.s };
  });
  return gone.size ? out.filter((c) => !gone.has(c)) : out;
}
