// Quotation spans in clean article text: marks paired by position, quotations followed across paragraphs.
// Linear in the text: the marks are found in one pass, and each paragraph looks only at its own marks.

import type { Span } from '../text';
import { CLOSERS, DOUBLE_MARKS, FAMILY, isLetter, isOpenContext, isSpace, markPositions, trimSpan } from './marks';
import { QUOTE_LIMITS } from '../weights';

export interface RawQuote {
  /** Inner text offsets, trimmed (end exclusive). */
  start: number;
  end: number;
  /** Offset of the opening mark (or of the paragraph start when a continuation paragraph has none). */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when the quote runs on). */
  close: number;
  para: number;
  /** Parts of one multi-paragraph quotation share a group; other quotes have their own. */
  group: number;
  multi: boolean;
  /** The attribution written inside the marks ("explique X, président de l’UPCA"), when a quotation is split there. */
  incise?: { start: number; end: number };
  /** True for the part after an inner attribution. */
  afterIncise?: boolean;
  /** A line of dialogue introduced by a dash (— Nous partons, dit-il.). */
  dialogue?: boolean;
}

/** An opening mark; `bare`: a continuation paragraph's start standing for a mark it does not repeat. */
interface Open { ch: string; pos: number; bare?: boolean }

/** What the scan carries from paragraph to paragraph. */
interface State {
  text: string;
  paras: readonly Span[];
  marks: number[];
  out: RawQuote[];
  group: number;
  /** A top-level quotation that runs on into the next paragraph: its opening mark and group (bare: the next
   * paragraph does not reopen it). */
  carry: { ch: string; group: number; bare?: boolean } | null;
}

/** The quotations of `text`, whose paragraphs are given. */
export function findQuotes(text: string, paras: readonly Span[]): RawQuote[] {
  const st: State = { text, paras, marks: markPositions(text), out: [], group: 0, carry: null };
  let k = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    while (k < st.marks.length && st.marks[k]! < p.start) k++;
    let kEnd = k;
    while (kEnd < st.marks.length && st.marks[kEnd]! < p.end) kEnd++;
    scanParagraph(st, pi, k, kEnd);
    k = kEnd;
  }
  return st.out;
}

interface ParaScan { stack: Open[]; group: number; multi: boolean; lastLeftGuillemet: number }

/** One paragraph: marks[k0, k1) are its marks. */
function scanParagraph(st: State, pi: number, k0: number, k1: number) {
  const { text, marks } = st, p = st.paras[pi]!;
  const ps: ParaScan = { stack: [], group: -1, multi: false, lastLeftGuillemet: -1 };
  for (let k = k0; k < k1; k++) if (text[marks[k]!] === '«') ps.lastLeftGuillemet = marks[k]!;
  let from = p.start;
  if (st.carry) {
    if (st.carry.bare) {
      ps.stack.push({ ch: st.carry.ch, pos: p.start, bare: true });
      ps.group = st.carry.group;
      ps.multi = true;
    } else if (FAMILY[st.carry.ch]?.includes(text[p.start]!)) {
      ps.stack.push({ ch: st.carry.ch, pos: p.start });
      ps.group = st.carry.group;
      ps.multi = true;
      from = p.start + 1;
    }
    st.carry = null;
  }
  if (from === p.start && text[from] === '"' && strayStraightMark(text, marks, k0, k1)) from++;
  let skipTo = -1;
  for (let k = k0; k < k1; k++) {
    const i = marks[k]!;
    if (i < from || i <= skipTo) continue;
    skipTo = onMark(st, ps, pi, i);
  }
  closeParagraph(st, ps, pi);
}

/**
 * A straight mark opening a paragraph whose curly marks pair among themselves ("PENCE: … “Shark Tank.” …) is stray.
 * (“no evidence" mixes the kinds instead: then it opens a quotation.)
 */
function strayStraightMark(text: string, marks: number[], k0: number, k1: number): boolean {
  let open = 0, close = 0, straight = 0;
  for (let k = k0; k < k1; k++) {
    const c = text[marks[k]!];
    if (c === '“') open++; else if (c === '”') close++; else if (c === '"') straight++;
  }
  return open > 0 && open === close && straight % 2 === 1;
}

/** Act on the mark at i; returns an offset up to which later marks are skipped (-1: none). */
function onMark(st: State, ps: ParaScan, pi: number, i: number): number {
  const { text } = st, c = text[i]!;
  if (c === '‘' || c === '‚') return ps.stack.length === 0 ? singleQuote(st, pi, i) : -1;
  if (c === "'") return ps.stack.length === 0 ? straightSingleQuote(st, pi, i) : -1;
  if (!DOUBLE_MARKS.has(c)) return -1;
  const prev = text[i - 1], next = text[i + 1];
  const top = ps.stack[ps.stack.length - 1];
  // Mixed marks: “…" and "…” close each other where the mark stands as a closing mark does.
  const mixed = top && ((top.ch === '“' && c === '"') || (top.ch === '"' && (c === '”' || c === '“')))
    && !isSpace(prev) && (isSpace(next) || /[,.;:!?)—–-]/.test(next ?? ''));
  if (top && (CLOSERS[top.ch]!.includes(c) || mixed)) {
    // “ after a space and before a letter inside “…“ opens a nested quotation; otherwise it closes.
    if (c === '“' && top.ch === '“' && isSpace(prev) && isLetter(next)) { ps.stack.push({ ch: c, pos: i }); return -1; }
    ps.stack.pop();
    if (ps.stack.length === 0) emit(st, ps, pi, top, i);
    return -1;
  }
  if (c in CLOSERS && opens(text, ps, c, i)) ps.stack.push({ ch: c, pos: i });
  return -1;
}

/** Whether the mark c at i opens a quotation. */
function opens(text: string, ps: ParaScan, c: string, i: number): boolean {
  const prev = text[i - 1], next = text[i + 1];
  if (c === '"' || c === '”') {
    if (!(isOpenContext(prev) || /["“«„'‘(]/.test(prev ?? '')) || isSpace(next)) return false;
    return !(c === '”' && ps.stack.length > 0);
  }
  // »…« (German, Danish) only when a « closes it later in the paragraph.
  if (c === '»') return (isLetter(next) || next === '"') && ps.lastLeftGuillemet > i;
  if (c === '›' || c === '‹') return ps.stack.length > 0;
  return true;
}

/** A top-level quotation closed at `closeAt` (the closing mark's offset). */
function emit(st: State, ps: ParaScan, pi: number, top: Open, closeAt: number) {
  const [a, b] = trimSpan(st.text, top.bare ? top.pos : top.pos + 1, closeAt);
  if (b > a) {
    const g = ps.group >= 0 ? ps.group : st.group++;
    st.out.push({ start: a, end: b, open: top.pos, close: closeAt + 1, para: pi, group: g, multi: ps.multi });
  }
  ps.group = -1;
  ps.multi = false;
}

/** A ‘…’ quotation at the top level; returns the offset of its closing mark (-1 when there is none). */
function singleQuote(st: State, pi: number, i: number): number {
  const { text } = st, p = st.paras[pi]!;
  if (!isOpenContext(text[i - 1]) || !isLetter(text[i + 1])) return -1;
  const j = singleCloser(text, i + 1, Math.min(p.end, i + QUOTE_LIMITS.singleMaxChars));
  if (j < 0) return -1;
  const [a, b] = trimSpan(text, i + 1, j);
  if (b > a) st.out.push({ start: a, end: b, open: i, close: j + 1, para: pi, group: st.group++, multi: false });
  return j;
}

/** The closing ’ of a ‘…’ quotation, or -1: one next to punctuation first (not "ministers’ meeting"). */
function singleCloser(text: string, from: number, end: number): number {
  let fallback = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '‘' && isOpenContext(text[j - 1])) return fallback;
    if (c !== '’') continue;
    const prev = text[j - 1], next = text[j + 1];
    if (isSpace(prev) || isLetter(next)) continue;
    if (/[.,!?;:…]/.test(prev ?? '') || /[,.;:!?)]/.test(next ?? '') || j + 1 >= end) return j;
    if (fallback < 0 && prev !== 's') fallback = j;
  }
  return fallback;
}

/**
 * A '…' quotation written with the typewriter apostrophe (British tabloids: "'It's rare,' Hawk said."). The same
 * mark is the apostrophe of "It's" and "students'", so it opens only before a letter where a word may start, and
 * closes only after the quotation's own punctuation ("rare,'", "so.'") before a space or the end; a second opening
 * mark first ("the '90s … 'Yes.'") means the first was an apostrophe. Not where the paragraph writes its double
 * quotes as two of them (''…'': these are nested), nor a line that is nothing but the quotation (a subheading).
 */
function straightSingleQuote(st: State, pi: number, i: number): number {
  const { text } = st, p = st.paras[pi]!;
  if (!isOpenContext(text[i - 1]) || !STARTS_WORD.test(text[i + 1] ?? '') || text.slice(p.start, p.end).includes("''")) return -1;
  const end = Math.min(p.end, i + QUOTE_LIMITS.singleMaxChars);
  for (let j = i + 1; j < end; j++) {
    if (text[j] !== "'") continue;
    if (isOpenContext(text[j - 1]) && STARTS_WORD.test(text[j + 1] ?? '')) return -1;
    if (!closesStraight(text, j) && !closesBeforeComma(text, i, j)) continue;
    const [a, b] = trimSpan(text, i + 1, j);
    const [pa, pb] = trimSpan(text, p.start, p.end);
    if (b > a && !(pa === i && pb === j + 1)) st.out.push({ start: a, end: b, open: i, close: j + 1, para: pi, group: st.group++, multi: false });
    return j;
  }
  return -1;
}

/** A straight ' at j after the quotation's punctuation, before a space: and after a full stop, before a new sentence
 * (not "the 'leave the E.U.' camp"). */
function closesStraight(text: string, j: number): boolean {
  const prev = text[j - 1] ?? '';
  if (!/[.,!?;:…]/.test(prev) || !isSpace(text[j + 1])) return false;
  if (prev !== '.') return true;
  const after = /\S/.exec(text.slice(j + 1, j + 40));
  return !after || !/\p{Ll}/u.test(after[0]);
}

/** A straight ' at j after a letter, before the sentence's comma or stop ('… het minimumloon', zegt hij: Dutch puts
 * the punctuation outside), closing a quotation of a few words at least (not a 'scare' word). */
function closesBeforeComma(text: string, i: number, j: number): boolean {
  if (!isLetter(text[j - 1]) || !/[,.;:]/.test(text[j + 1] ?? '') || !isSpace(text[j + 2])) return false;
  let spaces = 0;
  for (let k = i + 1; k < j && spaces < 3; k++) if (text[k] === ' ') spaces++;
  return spaces >= 3;
}

const STARTS_WORD = /^\p{L}$/u;

/** At a paragraph's end: a quotation still open runs on into the next paragraph, or lacks its closing mark. */
function closeParagraph(st: State, ps: ParaScan, pi: number) {
  if (!ps.stack.length) return;
  const { text } = st, p = st.paras[pi]!, bottom = ps.stack[0]!, next = st.paras[pi + 1];
  const runsOn = !!next && !!FAMILY[bottom.ch]?.includes(text[next.start]!);
  const [a, b] = trimSpan(text, bottom.bare ? bottom.pos : bottom.pos + 1, p.end);
  const g = () => (ps.group >= 0 ? ps.group : st.group++);
  if (runsOn && b > a) {
    const group = g();
    st.out.push({ start: a, end: b, open: bottom.pos, close: p.end, para: pi, group, multi: true });
    st.carry = { ch: bottom.ch, group };
  } else if (runsOn) {
    st.carry = { ch: bottom.ch, group: g() };
  } else if (b > a && ps.stack.length === 1 && next && closedFirst(st, bottom.ch, next)) {
    // Runs on without reopening («… / …», — сказала она.): the next paragraph's first mark closes it.
    const group = g();
    st.out.push({ start: a, end: b, open: bottom.pos, close: p.end, para: pi, group, multi: true });
    st.carry = { ch: bottom.ch, group, bare: true };
  } else if (b > a && (bottom.pos === p.start || ps.multi) && b - a > QUOTE_LIMITS.unclosedMinChars) {
    // A paragraph-long quotation whose closing mark is missing.
    st.out.push({ start: a, end: b, open: bottom.pos, close: p.end, para: pi, group: g(), multi: ps.multi });
  }
}

/** Whether the first double quotation mark of paragraph `p` closes a quotation opened with `ch`: one of its closers,
 * after a letter or punctuation, not before a letter. */
function closedFirst(st: State, ch: string, p: Span): boolean {
  const { text, marks } = st;
  let lo = 0, hi = marks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (marks[mid]! < p.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < marks.length && marks[k]! < p.end; k++) {
    const i = marks[k]!, c = text[i]!;
    if (DOUBLE_MARKS.has(c)) return CLOSERS[ch]!.includes(c) && !isSpace(text[i - 1]) && !isLetter(text[i + 1]);
  }
  return false;
}
