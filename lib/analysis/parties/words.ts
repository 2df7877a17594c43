// The words of a text as the party finders see them: the scanner's word tokens with the flags names depend on
// (capitalised, acronym, possessive, sentence start, sentence end). Capitals that only a headline or a dateline
// puts on a word are taken off here, so that such words make no name.

import type { ScannedText, Token } from '../text';
import { startsUpper } from '../text';
import { isLetter } from '../letters';
import { isArticleName } from './surname-article';

export interface Word {
  /** The word as written, and in lower case. */
  t: string;
  l: string;
  s: number;
  e: number;
  /** Index among the words, and of its token. */
  i: number;
  ti: number;
  cap: boolean;
  acr: boolean;
  /** A possessive ('s, s') follows. */
  poss: boolean;
  /** First word of a sentence, or after an opening mark, a colon or a dash. */
  start: boolean;
  /** Last word of a sentence. */
  stop: boolean;
  /** One space (not a line break, not punctuation) separates it from the previous word. */
  joined: boolean;
  /** A word the lists would cut a name at that the text keeps inside one (name-words.ts). */
  kept?: boolean;
}

const START_AFTER = new Set([':', ';', '–', '—', '«', '»', '“', '”', '„', '"', '‘', '(', '[', '「', '『', '-', '•']);
const FIRST = 1, LAST = 2;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

function isAcronym(t: string): boolean {
  const letters = [...t].filter((c) => isLetter(c)).join('');
  return letters.length >= 2 && letters.length <= 7 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The words of a scanned text with their flags. */
export function wordsOf(doc: ScannedText): Word[] {
  const { tokens, sentences, text } = doc;
  const out: Word[] = [];
  // by token: FIRST, the first word of a sentence; LAST, its last word
  const ends = new Uint8Array(tokens.length);
  for (const s of sentences) {
    let f = s.first;
    while (f < s.last && tokens[f]!.kind !== 'word') f++;
    if (f < tokens.length) ends[f]! |= FIRST;
    let l = s.last - 1;
    while (l > s.first && tokens[l]!.kind !== 'word') l--;
    if (l >= 0) ends[l]! |= LAST;
  }
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    if (tok.kind !== 'word' || POSSESSIVE.has(tok.text)) continue;
    const prev = tokens[ti - 1], next = tokens[ti + 1];
    const cap = startsUpper(tok.text) || isArticleName(tok.text);
    const lastWord = out[out.length - 1];
    out.push({
      t: tok.text, l: tok.text.toLowerCase(), s: tok.start, e: tok.end, i: out.length, ti, cap,
      acr: cap && tok.text.length <= 12 && isAcronym(tok.text),
      poss: isPossessive(tok, next, text),
      start: (ends[ti]! & FIRST) !== 0 || (!!prev && START_AFTER.has(prev.text)),
      stop: (ends[ti]! & LAST) !== 0,
      joined: !!lastWord && lastWord.ti === ti - 1 && oneSpace(text, lastWord.e, tok.start),
    });
  }
  return out;
}

function isPossessive(tok: Token, next: Token | undefined, text: string): boolean {
  if (!next || next.space) return false;
  if (next.text === "'s" || next.text === '’s') return true;
  return (next.text === '’' || next.text === "'") && /s$/i.test(tok.text) && !isLetter(text[next.end]);
}

/** text[a, b) is one space or no-break space. */
export const oneSpace = (text: string, a: number, b: number) => b - a === 1 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0xa0);

/** Lower-case forms of the words the text writes in lower case somewhere. */
export function lowerForms(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!w.cap) out.add(w.l);
  return out;
}
