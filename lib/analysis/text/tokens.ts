// Tokens as the Universal Dependencies treebanks cut them (closely enough for a tagger trained on them): words with
// inner hyphens kept whole, English clitics split off ("Macron" "'s", "do" "n't"), elided articles split after the
// apostrophe ("l'" "Europe"), dotted acronyms and known abbreviations kept with their period ("U.S.", "Dr."),
// numbers with their separators ("1,500.25", "12:30"), URLs, e-mail addresses and @handles whole, runs of one
// punctuation mark as one token ("..."), and Han and kana one character a token.

import { C, classAt, CHAR_SCRIPTS, charInfo, charWidth, classOf, scriptOf, type Script } from './chars';
import { ABBREVIATIONS } from './languages';
import { letterAt, numberAt } from './props';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'handle';

export interface Token {
  /** The token's text: always `source.slice(start, end)`. */
  text: string;
  /** Offsets into the scanned text (end exclusive). */
  start: number;
  end: number;
  kind: TokenKind;
  /** Script of the token's letters (`none` for numbers, punctuation and symbols). */
  script: Script;
  /** Whitespace (or the start of the scanned range) comes right before the token. */
  space: boolean;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'“”«»]+/y;
const TRAILING_URL_PUNCT = /[.,;:!?)\]}]+$/;
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const NUMBER_JOINERS = new Set([',', ':', '/']);

const isWordChar = (cls: number) => cls === C.LETTER || cls === C.MARK || cls === C.DIGIT;

/** The end of the initials from `i` ("U.S.", "e.g."): two letters or more, each with its dot, no letter or digit
 * after; -1 when none. What `/(?:\p{L}\.){2,}(?![\p{L}\p{N}])/uy` matches, without compiling it on a cold page. */
export function initialsEnd(text: string, i: number): number {
  let j = i, k = 0;
  for (; letterAt(text, j) && text[j + charWidth(text, j)] === '.'; k++) j += charWidth(text, j) + 1;
  return k >= 2 && !letterAt(text, j) && !numberAt(text, j) ? j : -1;
}

/** The end of the run from `i` of letters, digits and the characters of `also`. */
function runOf(text: string, i: number, also: string): number {
  while (i < text.length && (letterAt(text, i) || numberAt(text, i) || also.includes(text[i]!))) i += charWidth(text, i);
  return i;
}

/** The e-mail address at `i`, as `/[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy` matches it (each run is
 * maximal where the next piece cannot start inside it), or null: read by a scan, the pattern was compiled on the
 * pages with an address. */
export function emailAt(text: string, i: number): string | null {
  // (inside a surrogate pair, a `u` pattern starts at the pair)
  if (i > 0 && charWidth(text, i - 1) === 2) i--;
  const at = runOf(text, i, '._+-');
  if (at === i || text[at] !== '@') return null;
  let end = -1;
  for (let k = runOf(text, at + 1, '-'); k > at + 1 && text[k] === '.'; ) {
    const next = runOf(text, k + 1, '-');
    if (next === k + 1) break;
    end = k = next;
  }
  return end < 0 ? null : text.slice(i, end);
}

/** The @handle or #tag at `i` (`/[@#][\p{L}\p{N}_]+/uy`), or null. */
export function handleAt(text: string, i: number): string | null {
  const end = text[i] === '@' || text[i] === '#' ? runOf(text, i + 1, '_') : i;
  return end > i + 1 ? text.slice(i, end) : null;
}

function sticky(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m[0] : null;
}

class Emitter {
  out: Token[];
  text: string;
  space = true;
  /** The next "@" at or after the last place asked (-1: none left), for e-mail addresses. */
  private at = -2;
  constructor(text: string, out: Token[]) { this.text = text; this.out = out; }
  push(start: number, end: number, kind: TokenKind, script: Script = 'none') {
    if (end <= start) return;
    this.out.push({ text: this.text.slice(start, end), start, end, kind, script, space: this.space });
    this.space = false;
  }
  /** Whether an "@" comes within 80 characters of `i` with no whitespace before it (an e-mail address may start here). */
  atAhead(i: number): boolean {
    if (this.at !== -1 && this.at < i) this.at = this.text.indexOf('@', i);
    if (this.at < 0 || this.at >= i + 80) return false;
    for (let k = i; k < this.at; k++) if (classAt(this.text, k) === C.SPACE) return false;
    return true;
  }
}

/** End of the run of letters of one script (and digits, marks) from `i`, stopping before `to`. */
function runEnd(text: string, i: number, to: number, script: Script | null): number {
  let j = i;
  while (j < to) {
    const code = text.charCodeAt(j);
    if (code < 128) { // ASCII, told without the class table (most characters of most pages): digits and Latin letters
      const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      if (!letter && !(code >= 48 && code <= 57)) break;
      if (letter) { if (script && script !== 'latin') break; script ??= 'latin'; }
      j++;
      continue;
    }
    const info = charInfo(text, j), cls = classOf(info);
    if (!isWordChar(cls)) break;
    if (cls === C.LETTER) {
      const s = scriptOf(info);
      if (CHAR_SCRIPTS.has(s) || (script && s !== script)) break;
      script ??= s;
    }
    j += charWidth(text, j);
  }
  return j;
}

/** A word from `i`: letter runs joined by inner hyphens, periods and number separators; clitics split off. */
function scanWord(e: Emitter, i: number, to: number, script: Script | null) {
  const text = e.text;
  let start = i, j = runEnd(text, i, to, script);
  script ??= firstLetterScript(text, i, j);
  while (j + 1 < to) {
    if (text.charCodeAt(j) === 32) break; // (a space joins nothing: most words end so, without the tests below)
    const c = text[j]!, nextCls = classAt(text, j + 1);
    const prevDigit = classAt(text, j - 1) === C.DIGIT;
    if (classAt(text, j) === C.HYPHEN && isWordChar(nextCls)) { j = runEnd(text, j + 1, to, script); continue; }
    if ((c === '.' || NUMBER_JOINERS.has(c)) && prevDigit && nextCls === C.DIGIT) { j = runEnd(text, j + 1, to, script); continue; }
    if (c === '.' && nextCls === C.LETTER && j - start >= 2 && isLowerLetter(text[j + 1]!)) {
      j = runEnd(text, j + 1, to, script); continue; // a domain name: example.com
    }
    if (classAt(text, j) === C.APOS && nextCls === C.LETTER) {
      const rightEnd = runEnd(text, j + 1, to, script), right = text.slice(j + 1, rightEnd).toLowerCase();
      const left = text.slice(start, j);
      if (right === 't' && /n$/i.test(left) && left.length > 1) { // do|n't
        e.push(start, j - 1, 'word', script ?? 'latin'); e.push(j - 1, rightEnd, 'word', script ?? 'latin'); return rightEnd;
      }
      if (CLITICS.has(right)) { e.push(start, j, kindOf(text, start), script ?? 'latin'); e.push(j, rightEnd, 'word', 'latin'); return rightEnd; }
      if (left.length <= 4 && left !== 'O' && !/\d/.test(left)) { // elision: l'|Europe, dell'|Italia
        e.push(start, j + 1, 'word', script ?? 'latin'); start = j + 1; j = rightEnd; continue;
      }
      j = rightEnd; continue; // O'Brien
    }
    break;
  }
  // a known abbreviation or an initial keeps its period (Dr., Inc., J.) when no letter or digit follows at once
  if (text[j] === '.' && j < to) {
    const word = text.slice(start, j);
    if ((ABBREVIATIONS.has(word) || isCapitalLetter(word)) && !isLetterOrNumber(text[j + 1] ?? '')) j++;
  }
  e.push(start, j, kindOf(text, start), script ?? 'none');
  return j;
}

// One character's case and kind: ASCII told at once, anything else by the Unicode pattern (compiled on first use).
const isLowerLetter = (ch: string): boolean => (ch.length === 1 && ch < '\x80' ? ch >= 'a' && ch <= 'z' : /^\p{Ll}/u.test(ch));
// (one code point: a word longer than two code units is no initial, without asking the pattern)
const isCapitalLetter = (w: string): boolean => (w.length === 1 && w < '\x80' ? w >= 'A' && w <= 'Z' : w.length <= 2 && /^\p{Lu}$/u.test(w));
const isLetterOrNumber = (ch: string): boolean =>
  (ch.length === 1 && ch < '\x80' ? (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') : /[\p{L}\p{N}]/u.test(ch));

function firstLetterScript(text: string, i: number, j: number): Script | null {
  for (let k = i; k < j; k++) if (classAt(text, k) === C.LETTER) return scriptOf(charInfo(text, k));
  return null;
}

const kindOf = (text: string, start: number): TokenKind => (classAt(text, start) === C.DIGIT ? 'number' : 'word');

/** A URL, e-mail address, handle or dotted acronym starting at `i`, emitted whole; the index after it, or -1. */
function scanSpecial(e: Emitter, i: number, to: number): number {
  const text = e.text, c = text[i];
  // cheap tests first: most words start none of these
  const url = (c === 'h' && text.startsWith('http', i)) || (c === 'w' && text.startsWith('www.', i)) ? sticky(URL_RE, text, i) : null;
  const mail = url || c === '@' || !e.atAhead(i) ? null : emailAt(text, i);
  if (url || mail) {
    const end = Math.min(to, i + (url ?? mail)!.replace(TRAILING_URL_PUNCT, '').length);
    e.push(i, end, 'url'); return end;
  }
  if ((c === '@' || c === '#') && (i === 0 || /\s/.test(text[i - 1]!))) {
    const h = handleAt(text, i);
    if (h) { e.push(i, Math.min(to, i + h.length), 'handle'); return Math.min(to, i + h.length); }
  }
  const acr = text[i + 1] === '.' ? initialsEnd(text, i) : -1;
  if (acr > 0 && acr <= to) { e.push(i, acr, 'word', scriptOf(charInfo(text, i))); return acr; }
  return -1;
}

/** Tokens of `text[from, to)`, appended to `out` (a new array by default), with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  const e = new Emitter(text, out);
  let i = from;
  while (i < to) {
    const info = charInfo(text, i), cls = classOf(info);
    if (cls === C.SPACE) { e.space = true; i++; continue; }
    const c = text[i];
    if (c === '@' || c === '#' || cls === C.LETTER || cls === C.DIGIT) {
      const next = scanSpecial(e, i, to);
      if (next > 0) { i = next; continue; }
    }
    if (cls === C.LETTER && CHAR_SCRIPTS.has(scriptOf(info))) { const w = charWidth(text, i); e.push(i, i + w, 'word', scriptOf(info)); i += w; continue; }
    if (cls === C.LETTER || cls === C.DIGIT) { i = scanWord(e, i, to, cls === C.LETTER ? scriptOf(info) : null); continue; }
    // punctuation and symbols: a run of the same mark is one token ("...", "--", "!!")
    let j = i + charWidth(text, i);
    while (j < to && text.startsWith(text.slice(i, i + charWidth(text, i)), j) && cls !== C.MARK) j += charWidth(text, i);
    const kind: TokenKind = cls === C.SYMBOL || cls === C.OTHER || cls === C.MARK ? 'symbol' : 'punct';
    e.push(i, j, kind);
    i = j;
  }
  return out;
}
