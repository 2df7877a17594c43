// Attribution in languages written without spaces. Japanese and Korean mark a quotation with a particle right after
// it (「…」と述べた, "…"라고 말했다), the speaker before it with a topic or subject particle (清水治理事長は「…」,
// 日本スケート連盟が); Chinese introduces it with a verb and a colon (外交部发言人林剑表示：“…”).

import type { Doc, Site } from './site';
import type { Attr } from './after';
import { escapeRegExp, HANGUL } from '../../chars';
import { everyLanguage } from '../../rules/languages';
import { zhColonSpeaker } from './cjk-colon';
import { MAX_SENTENCE_TOKENS } from '../text/sentences';

/** Characters a name or a title in these scripts is written with (no kana particles, no punctuation). */
const CJK_LANGS = new Set(['ja', 'ko', 'zh']);
const NAME_CHAR = /[\u4E00-\u9FFF\u3400-\u4DBF\u30A0-\u30FF\uAC00-\uD7AFA-Za-z0-9・ー]/;
const SENTENCE_END = /[。！？\n]/;

/** The name run that ends at `end` (walking back over name characters), as offsets, or null. */
function nameEndingAt(text: string, end: number, floor: number): { s: number; e: number } | null {
  let s = end;
  while (s > floor && NAME_CHAR.test(text[s - 1]!) && end - s < 24) s--;
  // (a run a hyphen or a dot joins to Latin letters before it is the end of a longer word: "Fi" of フリーWi-Fi)
  if (s > floor && /[-.&]/.test(text[s - 1]!) && /[A-Za-z0-9]/.test(text[s - 2] ?? '')) return null;
  return end - s >= 2 ? { s, e: end } : null;
}

/** The last "X は/が" of text[a, b): the speaker a sentence names before its quotation. */
function markedSubject(doc: Doc, a: number, b: number): { s: number; e: number } | null {
  // topic particles first (the sentence's topic speaks), then subject particles
  for (const marks of [doc.rules.topicParticles, doc.rules.subjectParticles]) {
    for (let i = b; i > a; i--) {
      if (!marks.has(doc.text[i - 1]!)) continue;
      // "日本スケート連盟（JSF）は": the name before the parenthesis
      let end = i - 1;
      if ('）)'.includes(doc.text[end - 1] ?? '')) { const open = Math.max(doc.text.lastIndexOf('（', end), doc.text.lastIndexOf('(', end)); if (open > a && end - open < 14) end = open; }
      const m = nameEndingAt(doc.text, end, a);
      if (m) return m;
    }
  }
  return null;
}

/** The quotation particles of every language's file as one pattern, compiled at its first use. */
let TAIL: RegExp | undefined;

/** Between two quotations, only the first one's particle and verb (「…」と謝罪。「…」): the same speaker goes on. */
export function cjkTail(gap: string): boolean {
  TAIL ??= new RegExp(`^(?:${[...everyLanguage('tailParticles')].map(escapeRegExp).join('|')})[^「」“”"]{0,12}[。.]?\\s*$`);
  return TAIL.test(gap.trim());
}

/** A speaker's name written without spaces, its trailing title taken off ("清水治理事長" → "清水治"), and whether it
 * names an organisation ("日本スケート連盟"). */
export function cjkName(mention: string, doc: Doc): { name: string; org: boolean } | null {
  const { rules } = doc;
  // (a Latin word in a European text is no CJK name: "Anwendung" is a German noun)
  if (!CJK_LANGS.has(rules.lang) || ![...mention].every((c) => NAME_CHAR.test(c))) return null;
  let name = mention;
  for (const r of [...rules.roles].sort((x, y) => y.length - x.length)) if (name.length > r.length + 1 && name.endsWith(r)) { name = name.slice(0, -r.length); break; }
  // a short form of a name the text gave in full before ("第三者委" for "第三者委員会"): the full name
  const full = new RegExp(`${escapeRegExp(name)}[\u4E00-\u9FFF\u30A0-\u30FFー]{1,6}`).exec(doc.text)?.[0];
  if (full && [...rules.orgHeads].some((h) => full.endsWith(h))) name = full;
  const org = [...rules.orgHeads].some((h) => name.endsWith(h));
  return name.length >= 2 ? { name, org } : null;
}

/** 「…」と (ja), "…"라고 / 고 (ko): a particle after the closing mark says the quotation is someone's words. */
export function cjkQuote(doc: Doc, st: Site): Attr | null {
  const lang = doc.rules.lang;
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  return lang === 'ja' || lang === 'ko' || lang === 'zh' ? cjkQuoteAt(doc, st) : null;
}

function cjkQuoteAt(doc: Doc, st: Site): Attr | null {
  const { text, rules } = doc;
  const after = text.slice(st.q.close, st.q.close + 40);
  // (no further back than a sentence can be long: each character is a token; text without 。 would make every
  // quotation walk back to its paragraph's start)
  let sentStart = st.q.open;
  const floor = Math.max(st.para.start, st.q.open - MAX_SENTENCE_TOKENS);
  while (sentStart > floor && !SENTENCE_END.test(text[sentStart - 1]!)) sentStart--;
  if (rules.lang === 'zh') return zhColonSpeaker(doc, sentStart, st.q.open);
  if (!rules.quoteParticles.some((p) => after.startsWith(p))) return null;
  // the speaker after the particle ("「…」として卒業生らが"), else before the quotation in its sentence
  const particle = rules.quoteParticles.filter((p) => after.startsWith(p)).sort((x, y) => y.length - x.length)[0]!;
  const rest = st.q.close + particle.length;
  let restEnd = rest;
  // (Korean ends a sentence with a full stop and a space: the next sentence's subject speaks no earlier words)
  while (restEnd < st.para.end && restEnd - rest < 20 && !SENTENCE_END.test(text[restEnd]!) && !'、，'.includes(text[restEnd]!) && !/^\.\s/.test(text.slice(restEnd, restEnd + 2))) restEnd++;
  const m = markedSubject(doc, rest, restEnd) ?? markedSubject(doc, sentStart, st.q.open);
  return m ? { m: rules.lang === 'ko' ? titledName(doc, m) : m, how: 'cjk' } : null;
}

/**
 * Korean writes a title after the name, a space between ("이재명 대표는", "윤 대통령은"): a subject that is a title
 * alone names the person before it; a surname alone (one syllable), the full name the text gave earlier with that
 * surname and the same title ("윤석열 대통령"). Otherwise the title stands (a description of an unnamed speaker).
 */
function titledName(doc: Doc, m: { s: number; e: number }): { s: number; e: number } {
  const { text, rules } = doc;
  const title = text.slice(m.s, m.e);
  if (!rules.roles.has(title) || text[m.s - 1] !== ' ') return m;
  const e = m.s - 1;
  let s = e;
  while (s > 0 && HANGUL.test(text[s - 1]!) && e - s < 5) s--;
  const len = e - s;
  if (len >= 2 && len <= 4 && !rules.roles.has(text.slice(s, e))) return { s, e };
  if (len !== 1) return m;
  const full = new RegExp(`${text[s]}[\uAC00-\uD7AF]{1,3}(?= ${title})`, 'g');
  let found: RegExpExecArray | null = null;
  for (let f = full.exec(text); f && f.index < s; f = full.exec(text)) if (!HANGUL.test(text[f.index - 1] ?? '')) found = f;
  return found ? { s: found.index, e: found.index + found[0].length } : m;
}

/**
 * "ハマスも14日の声明で、…「明確で包括的な合意」がまとまることへの期待を示した": a quotation with no particle after it,
 * in a sentence that opens on a name and its topic particle and gives a document of the speaker's (rules.documentNouns
 * and the particle で, "in its statement") before the quotation: the document's words, its author the topic.
 */
export function cjkDocument(doc: Doc, st: Site): Attr | null {
  const { text, rules } = doc, marks = rules.documentTopicParticles;
  if (!marks.size) return null;
  // (no further back than a sentence can be long: each character is a token; text without 。 would make every
  // quotation walk back to its paragraph's start)
  let sentStart = st.q.open;
  const floor = Math.max(st.para.start, st.q.open - MAX_SENTENCE_TOKENS);
  while (sentStart > floor && !SENTENCE_END.test(text[sentStart - 1]!)) sentStart--;
  const before = text.slice(sentStart, st.q.open);
  if (![...rules.documentNouns].some((n) => before.includes(`${n}で`))) return null;
  let e = sentStart;
  while (e < st.q.open && NAME_CHAR.test(text[e]!) && e - sentStart < 24) e++;
  if (e - sentStart < 2 || !marks.has(text[e] ?? '')) return null;
  return { m: { s: sentStart, e }, how: 'cjk-document' };
}
