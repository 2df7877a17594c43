// Finding quotation spans in clean article text: pairs marks by position, follows quotes across paragraphs, and
// splits a quotation around an attribution written inside its marks (French « A, explique X. B. »).
// Pure string work; offsets are into the text given.

import { SPEECH } from './rules/speech-verbs';

export interface Paragraph {
  start: number;
  end: number;
}

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
  /** The inner attribution ("explique X, président de l’UPCA") when a quotation is split inside its marks. */
  incise?: { start: number; end: number };
  /** True for the part after an inner attribution. */
  afterIncise?: boolean;
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // Blank lines separate paragraphs; a single line break (a <br>, a list item) separates blocks too.
  const re = /\n\s*/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  while ((m = re.exec(text))) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return out;
}

const CLOSERS: Record<string, string> = {
  '“': '”“', '„': '“”', '«': '»', '»': '«', '「': '」', '"': '"', '”': '”', '‹': '›', '›': '‹', '『': '』',
};
const FAMILY: Record<string, string> = { '“': '“"”', '"': '"“', '«': '«»', '»': '»«', '„': '„»“', '「': '「', '”': '”“', '‹': '‹›', '›': '›‹', '『': '『' };
/** Every mark the scan below acts on (double marks and opening single ones). */
const MARK = /[“”„«»「」"‹›『』‘‚]/g;
const DOUBLE_MARKS = new Set(['“', '”', '„', '«', '»', '「', '」', '"', '‹', '›', '『', '』']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpenCtx = (c: string | undefined) => c === undefined || /[\s([{—–\-/:;,>]/.test(c);

interface Open {
  ch: string;
  pos: number;
}

function trimSpan(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/** Find the quotations of `text` (whose paragraphs are separated by blank lines). */
export function findQuotes(text: string, paras: Paragraph[] = paragraphs(text), lang = 'en'): RawQuote[] {
  const out: RawQuote[] = [];
  let group = 0;
  // A top-level quotation that runs on into the next paragraph: its opener family.
  let carry: { ch: string; group: number } | null = null;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    const stack: Open[] = [];
    let curGroup = -1;
    let multi = false;
    let i = p.start;
    if (carry) {
      const c0 = text[p.start];
      if (FAMILY[carry.ch]?.includes(c0)) {
        stack.push({ ch: carry.ch, pos: p.start });
        curGroup = carry.group;
        multi = true;
        i = p.start + 1;
      }
      carry = null;
    }
    // A stray straight mark opening a paragraph that otherwise uses curly quotes ("PENCE: … “Shark Tank.” …).
    if (i === p.start && text[i] === '"' && stack.length === 0) {
      const body = text.slice(p.start, p.end);
      // (only when the curly marks pair among themselves: “no evidence" mixes them instead)
      const nOpen = (body.match(/“/g) ?? []).length, nClose = (body.match(/”/g) ?? []).length;
      if (nOpen > 0 && nOpen === nClose && (body.match(/"/g) ?? []).length % 2 === 1) i++;
    }
    for (; i < p.end; i++) {
      // skip to the next quotation mark: nothing else matters here
      MARK.lastIndex = i;
      if (!MARK.test(text)) break;
      i = MARK.lastIndex - 1;
      if (i >= p.end) break;
      const c = text[i];
      if (c === '‘' || c === '‚') {
        if (stack.length === 0 && isOpenCtx(text[i - 1]) && isLetter(text[i + 1])) {
          const j = singleCloser(text, i + 1, p.end);
          if (j > 0) {
            const [a, b] = trimSpan(text, i + 1, j);
            if (b > a) out.push({ start: a, end: b, open: i, close: j + 1, para: pi, group: group++, multi: false });
            i = j;
          }
        }
        continue;
      }
      if (!DOUBLE_MARKS.has(c)) continue;
      const prev = text[i - 1], next = text[i + 1];
      const top = stack[stack.length - 1];
      // Mixed marks: “…" and "…” close each other when the mark sits where a closing mark goes.
      const mixed = top && ((top.ch === '“' && c === '"') || (top.ch === '"' && (c === '”' || c === '“'))) && !isSpace(prev) && (isSpace(next) || /[,.;:!?)—–-]/.test(next));
      if (top && (CLOSERS[top.ch].includes(c) || mixed)) {
        // “ after a space and before a letter inside “…“ opens a nested quotation; otherwise it closes.
        if (c === '“' && top.ch === '“' && isSpace(prev) && isLetter(next)) {
          stack.push({ ch: c, pos: i });
          continue;
        }
        {
          stack.pop();
          if (stack.length === 0) {
            const [a, b] = trimSpan(text, top.pos + 1, i);
            if (b > a) {
              const g = curGroup >= 0 ? curGroup : group++;
              out.push({ start: a, end: b, open: top.pos, close: i + 1, para: pi, group: g, multi });
            }
            curGroup = -1;
            multi = false;
          }
          continue;
        }
      }
      if (c in CLOSERS) {
        // Opening candidates.
        if (c === '"' || c === '”') {
          if (!(isOpenCtx(prev) || /["“«„'‘(]/.test(prev ?? '')) || isSpace(next)) continue;
          if (c === '”' && stack.length > 0) continue;
        } else if (c === '»') {
          // »…« style (German, Danish) only when a « closes it later in the paragraph.
          if (!isLetter(next) && next !== '"') continue;
          const k = text.indexOf('«', i + 1);
          if (k < 0 || k > p.end) continue;
        } else if (c === '›' || c === '‹') {
          if (stack.length === 0) continue;
        }
        stack.push({ ch: c, pos: i });
      }
    }
    if (stack.length > 0) {
      const bottom = stack[0];
      const next = paras[pi + 1];
      const first = next ? text[next.start] : undefined;
      const runsOn = next && first !== undefined && FAMILY[bottom.ch]?.includes(first);
      const [a, b] = trimSpan(text, bottom.pos + 1, p.end);
      if (runsOn && b > a) {
        const g = curGroup >= 0 ? curGroup : group++;
        out.push({ start: a, end: b, open: bottom.pos, close: p.end, para: pi, group: g, multi: true });
        carry = { ch: bottom.ch, group: g };
      } else if (runsOn) {
        carry = { ch: bottom.ch, group: curGroup >= 0 ? curGroup : group++ };
      } else if (b > a && (bottom.pos === p.start || multi) && b - a > 20) {
        // A paragraph-long quotation whose closing mark is missing.
        const g = curGroup >= 0 ? curGroup : group++;
        out.push({ start: a, end: b, open: bottom.pos, close: p.end, para: pi, group: g, multi });
      }
    }
  }
  // Spanish and typographic continuation: a paragraph opening with » after an open « was handled by FAMILY.
  return splitIncises(text, out, lang);
}

/** The closing ’ of a top-level ‘…’ quotation, or -1: prefer one next to punctuation (not "ministers’ meeting"). */
function singleCloser(text: string, from: number, end: number): number {
  let fallback = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (c === '‘' && isOpenCtx(text[j - 1])) return fallback;
    if (c !== '’') continue;
    const prev = text[j - 1], next = text[j + 1];
    if (isSpace(prev) || isLetter(next)) continue;
    if (/[.,!?;:…]/.test(prev) || /[,.;:!?)]/.test(next ?? '') || j + 1 >= end) return j;
    if (fallback < 0 && !/s/.test(prev)) fallback = j;
  }
  return fallback;
}

const inciseCache = new Map<string, { re: RegExp; dot: RegExp }>();
function inciseRe(lang: string): { re: RegExp; dot: RegExp } {
  const hit = inciseCache.get(lang);
  if (hit) return hit;
  const verbs = new Set<string>();
  for (const l of ['fr', 'it', 'es', lang]) for (const v of SPEECH[l]?.say ?? []) if (!/^(so|dit|dice|note|lance|read|reads)$/.test(v)) verbs.add(v);
  const alt = [...verbs].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  // ", explique Loïc Quéméner, président de l’UPCA. " / ", a confié M. Berthier. " / ", dit-il, "
  const re = new RegExp(
    `([,?!…])\\s+((?:(?:a|avait|ha)\\s+)?(?:${alt}|dit|dice)(?:-t-(?:il|elle|on)|-(?:il|elle|on))?)(?![\\p{L}-])((?:M\\.|Mme\\.|Mr\\.|Dr\\.|St\\.|[^.?!«»“”„"]){0,140}?)([.,;])\\s+(?=[\\p{Lu}\\p{Ll}])`,
    'gu',
  );
  const out = { re, dot: new RegExp(re.source.replace('([.,;])', '([.])'), 'u') };
  inciseCache.set(lang, out);
  return out;
}

/** Split « A, explique X, président. B. » into A and B, recording the inner attribution for both parts. */
function splitIncises(text: string, quotes: RawQuote[], lang: string): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of quotes) {
    const mark = text[q.open];
    if (lang === 'en' && mark !== '«' && mark !== '»') {
      out.push(q);
      continue;
    }
    const { re, dot: dotRe } = inciseRe(lang);
    const inner = text.slice(q.start, q.end);
    re.lastIndex = 0;
    let m = re.exec(inner);
    if (m && m[4] === ',') {
      // ", explique X, président de l’UPCA. B": the attribution runs to the full stop when one follows soon
      const dot = dotRe.exec(inner.slice(m.index));
      if (dot && dot.index === 0 && dot[3].length <= 140) m = Object.assign(dot, { index: m.index }) as RegExpExecArray;
    }
    if (!m || m.index < 3) {
      out.push(q);
      continue;
    }
    const rest = m[3].trim();
    // The attribution must name somebody (a capitalised word or a pronoun form like dit-il).
    if (!/[\p{Lu}]/u.test(rest) && !/-(?:t-)?(?:il|elle|on)$/.test(m[2])) {
      out.push(q);
      continue;
    }
    const cut = q.start + m.index + m[1].length; // after the comma
    const incStart = q.start + m.index + m[0].indexOf(m[2]);
    const incEnd = q.start + m.index + m[0].length - (m[0].length - m[0].trimEnd().length) - 1;
    const [a1, b1] = trimSpan(text, q.start, cut);
    const [a2, b2] = trimSpan(text, q.start + m.index + m[0].length, q.end);
    const inc = { start: incStart, end: incEnd };
    out.push({ ...q, start: a1, end: b1, close: cut, incise: inc });
    if (b2 > a2) out.push({ ...q, start: a2, end: b2, open: incEnd, incise: inc, afterIncise: true });
  }
  return out;
}
