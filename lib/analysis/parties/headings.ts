// Capitals that a title-case subheading or a dateline puts on words: such words are no names unless the body
// writes them with a capital inside a sentence too.

import type { Span } from '../text';
import { lowerForms, type Word } from './words';
import { allUpper } from '../letters';
import { readDateline } from '../text/dateline';
import { hasLetter } from '../text/props';

/** Words that title case leaves in lower case ("A Dispute over Night Shifts"). */
const MINOR = new Set(`a an the and but or nor for so yet as at by in of off on per to up via with over from into onto upon
than vs versus about after against among between before during under until without near past through amid behind
beyond despite toward towards is are was be`.split(/\s+/));

/** A block that ends like a sentence or a quotation is no heading. */
const SENTENCE_END = /[.!?…:;,”"»’')」]$/;

/** Title-case blocks (no sentence end, capitals on most words, at most 20 words) and blocks in capitals, with
 * their words. */
export function headingBlocks(text: string, paras: readonly Span[], words: readonly Word[]): { span: Span; words: Word[] }[] {
  const out: { span: Span; words: Word[] }[] = [];
  let wi = 0;
  for (const p of paras) {
    while (wi < words.length && words[wi]!.s < p.start) wi++;
    let k = wi;
    while (k < words.length && words[k]!.s < p.end) k++;
    if (k - wi > 20 || k === wi) continue;
    const ws = words.slice(wi, k);
    // a block in capitals is a heading however it ends ("HOW WILL OBAMA PLAY?")
    const shouting = ws.length >= 2 && ws.every((w) => !/\p{L}/u.test(w.t) || allUpper(w.t));
    if (!shouting && SENTENCE_END.test(text.slice(p.end - 1, p.end))) continue;
    const caps = ws.filter((w) => w.cap).length;
    const low = ws.filter((w) => !w.cap && !/^\d/.test(w.t) && !MINOR.has(w.l)).length;
    if (caps >= 1 && low * 5 <= caps) out.push({ span: p, words: ws });
  }
  return out;
}

/** Words a label line holds at most. */
const LABEL_MAX = 6;

/** Label lines: a short paragraph closed by a colon that introduces what follows ("Das Wichtigste in Kürze:",
 * "Key points:"). Like a heading, it names no actor: its words are the page's furniture ("in Kürze" is no place). */
export function labelLines(text: string, paras: readonly Span[]): Span[] {
  return paras.filter((p) => text[p.end - 1] === ':' && text.slice(p.start, p.end).trim().split(/\s+/).length <= LABEL_MAX);
}

/** Words in capitals in a row, at least this many: shouting ("NATO WASN'T THERE WHEN WE NEEDED THEM"), no name. */
const SHOUT_MIN = 3;
// (allUpper's first test, in its cheap form: a word equal to its lower case, most of a page's, is never loud; the
// upper-case copy and the letter test, by the scanner's table rather than a \p{L} pattern, only for the others)
const loud = (w: Word) => w.t !== w.l && w.t === w.t.toUpperCase() && hasLetter(w.t);

/** Stretches of SHOUT_MIN words or more in capitals inside one sentence (a quoted post, a slogan, "DEAR WORRIED
 * MOM"), one of them a function word or a word the text writes in lower case elsewhere (not a list of acronyms: "IBF,
 * WBO, WBA"): their capitals are a heading's, to be taken off as such (uncapHeadings) unless the body capitalises
 * the word elsewhere inside a sentence ("Nato"). */
export function shoutingRuns(text: string, words: readonly Word[], functionWords: ReadonlySet<string>): { span: Span; words: Word[] }[] {
  const out: { span: Span; words: Word[] }[] = [];
  const lower = lowerForms(words);
  let a = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    // (within one sentence: "carried on MSNBC:" and a heading in capitals after it are two things)
    if (w && loud(w) && (i === a || (!w.start && !text.slice(words[i - 1]!.e, w.s).includes('\n')))) continue;
    if (i - a >= SHOUT_MIN && words.slice(a, i).some((x) => lower.has(x.l) || functionWords.has(x.l))) out.push({ span: { start: words[a]!.s, end: words[i - 1]!.e }, words: words.slice(a, i) });
    // (a word in capitals that ends a run opens the next one)
    a = w && loud(w) ? i : i + 1;
  }
  return out;
}

/** Take the capital off heading words the body never writes capitalised inside a sentence. */
export function uncapHeadings(text: string, paras: readonly Span[], words: Word[], blocks = headingBlocks(text, paras, words)) {
  const heads = blocks.map((b) => b.words);
  if (!heads.length) return;
  const inHeading = new Set<Word>(heads.flat());
  const asked = new Set<string>();
  for (const w of inHeading) if (w.cap) asked.add(w.l);
  // 1: capitalised inside a sentence; 2: at a sentence start; 4: in lower case
  const seen = new Map<string, number>();
  for (const w of words) {
    if (inHeading.has(w) || !asked.has(w.l)) continue;
    seen.set(w.l, (seen.get(w.l) ?? 0) | (!w.cap ? 4 : w.start ? 2 : 1));
  }
  for (const w of inHeading) {
    const v = seen.get(w.l) ?? 0;
    if (w.cap && !(v & 1) && v !== 2) { w.cap = false; w.acr = false; }
  }
}

/** A dateline closed by a dash in one of the first paragraphs ("NORTHGATE – A third round…", "ST. PAUL, Minn., Oct 3
 * (Reuters) -"): its place in capitals is where the story was filed, not a party, nor an alias or an acronym; nor is
 * the region after it ("HAYWARD, Calif. (AP) —": "Calif" is no person). */
export function uncapDatelines(text: string, paras: readonly Span[], words: Word[]) {
  let wi = 0;
  for (const p of paras.slice(0, 3)) {
    const d = readDateline(text.slice(0, p.end), p.start);
    if (d?.mark !== 'dash') continue;
    while (wi < words.length && words[wi]!.s < p.start) wi++;
    for (; wi < words.length && words[wi]!.s < d.tail; wi++) { words[wi]!.cap = false; words[wi]!.acr = false; }
  }
}

/** "NEW DELHI: Pakistan's…": a dateline closed by a colon in one of the first paragraphs; its place. Its capitals
 * stay (the tagger reads such a place as a place: "AALBORG:"). */
export function colonDatelines(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paras.slice(0, 3)) {
    const d = readDateline(text.slice(0, p.end), p.start);
    if (d?.mark === 'colon') out.push({ start: d.start, end: d.end });
  }
  return out;
}
