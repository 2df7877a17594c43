// Interviews: the interviewer's questions and the interviewee's answers, told apart by layout alone (no site's
// markup, no language's words): a short paragraph that asks (ends with a question mark, is no quotation) followed by
// a paragraph that opens with a quotation mark, after an optional label ("Liat: „…“", "Q:"/"A:", initials). Several
// such pairs make the story an interview; its answers are the interviewee's words, never those of a person named
// inside them.

import { insideQuote, type Doc } from './site';
import type { Span } from '../text';
import type { Speakers, Who } from './speakers';
import type { Attributed } from './index';
import { pronounOf } from './mention';
import { firstPerson } from './bodies';

/** Question-and-answer pairs that make a story an interview (two can be an explainer's rhetorical headings). */
const MIN_PAIRS = 3;
/** A question longer than this is narration that happens to end with a question mark. */
const QUESTION_CHARS = 400;

const QUESTION_END = /[?？؟][)\]"”»“’」]*$/u;
/** A short label and a colon before the answer: a name, initials, "A". */
const LABEL = /^([^\s:：.!?"“„«»‚‘「]{1,40}(?:\s[^\s:：.!?"“„«»‚‘「]{1,40}){0,3})\s?[:：]\s*/u;
const SENTENCE_END = /[.!?…。！？؟]['’‘"”]?$/u;
const OPENS_QUOTE = /^["“„«»‚‘「『‹›]/u;

export interface Interview {
  /** Paragraphs that answer a question (by index). */
  answers: Set<number>;
  /** The labels before the answers that have one. */
  labels: Span[];
}

const paraText = (doc: Doc, p: Span) => doc.text.slice(p.start, p.end).trim();

/** The label span before a paragraph's first quotation mark, or null when the paragraph opens with the mark. */
function answerLabel(doc: Doc, p: Span): Span | null | undefined {
  const t = doc.text.slice(p.start, p.end), lead = t.length - t.trimStart().length;
  if (OPENS_QUOTE.test(t.slice(lead))) return null;
  const m = LABEL.exec(t.slice(lead));
  if (!m || !OPENS_QUOTE.test(t.slice(lead + m[0].length))) return undefined;
  return { start: p.start + lead, end: p.start + lead + m[1]!.length };
}

function isQuestion(doc: Doc, p: Span): boolean {
  const t = paraText(doc, p);
  return t.length <= QUESTION_CHARS && QUESTION_END.test(t) && answerLabel(doc, p) === undefined;
}

/** The question-and-answer layout of the text, when it has one. */
export function interviewLayout(doc: Doc): Interview | null {
  const answers = new Set<number>(), labels: Span[] = [];
  for (let i = 0; i + 1 < doc.paras.length; i++) {
    if (!isQuestion(doc, doc.paras[i]!)) continue;
    const label = answerLabel(doc, doc.paras[i + 1]!);
    if (label === undefined) continue;
    answers.add(i + 1);
    if (label) labels.push(label);
  }
  return answers.size >= MIN_PAIRS ? { answers, labels } : null;
}

const partsOf = (book: Speakers, who: Who) => book.name(who).toLowerCase().split(/\s+/);
const bare = (w: string) => w.toLowerCase().replace(/['’]s?$/u, '');

/** The persons the lead names: the first paragraph's, then the headline's. */
function leadPersons(doc: Doc, book: Speakers): Who[] {
  const out: Who[] = [];
  const p0 = doc.paras[0];
  for (const m of p0 ? doc.reg.within(p0.start, p0.end) : []) {
    const who = book.id(m.party);
    if (book.kind(who) === 'person' && !out.includes(who)) out.push(who);
  }
  for (const w of doc.headline?.split(/[^\p{L}\p{M}'’-]+/u) ?? []) {
    const who = /^\p{Lu}/u.test(w) ? book.byWord(bare(w), doc.text.length) : null;
    if (who !== null && book.kind(who) === 'person' && !out.includes(who)) out.push(who);
  }
  return out;
}

/** A label names the person: its words are parts of the name, or it is the name's initials ("LA"). */
function labelNames(label: string, parts: string[]): boolean {
  const ws = label.toLowerCase().split(/\s+/);
  if (ws.every((w) => parts.includes(bare(w)))) return true;
  return ws.length === 1 && ws[0]!.length === parts.length && [...ws[0]!].every((c, i) => parts[i]!.startsWith(c));
}

/**
 * Whom the answers are by: the lead's person the labels name; without labels, the lead's person whose name
 * attributes the most quotations (the interviewee is quoted by name between the answers: "says Blair").
 */
export function interviewee(doc: Doc, book: Speakers, layout: Interview, out: readonly Attributed[]): Who | null {
  const lead = leadPersons(doc, book);
  if (layout.labels.length) {
    const votes = new Map<Who, number>();
    for (const l of layout.labels) {
      const who = lead.find((w) => labelNames(doc.text.slice(l.start, l.end), partsOf(book, w)));
      if (who !== undefined) votes.set(who, (votes.get(who) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] * 2 > layout.labels.length) return best[0];
  }
  let best: Who | null = null, most = 0;
  for (const who of lead) {
    const n = out.filter((o) => o.who !== null && book.id(o.who) === who && o.mention && !pronounOf(o.mention, doc.rules)).length;
    if (n > most) { best = who; most = n; }
  }
  return best ?? introduced(doc, book);
}

/** The person the first sentence introduces: the first name it holds is a person's ("La comédienne Claire Dumont,
 * 62 ans, dirige …"); a sentence that opens on something else may introduce the interviewee later, or never. */
function introduced(doc: Doc, book: Speakers): Who | null {
  const p0 = doc.paras[0], s0 = doc.sentences[0];
  const m = p0 && s0 ? doc.reg.within(p0.start, Math.min(p0.end, s0.end))[0] : undefined;
  return m && book.kind(book.id(m.party)) === 'person' ? book.id(m.party) : null;
}

/** The quotation fills its paragraph (after an optional label): the paragraph is nothing but these words. */
function fillsParagraph(doc: Doc, o: Attributed): boolean {
  const p = doc.paras[o.q.para]!, label = answerLabel(doc, p);
  if (label === undefined || !/^\s*[:：]?\s*$/u.test(doc.text.slice(label ? label.end : p.start, o.q.open))) return false;
  return !/[\p{L}\p{N}]/u.test(doc.text.slice(o.q.close, p.end));
}

/** "… bereut sie das. „Ich sagte mir: …“": a quotation that ends a paragraph of narration naming nobody but the
 * interviewee (outside quotation marks) goes on telling the interviewee's story. */
function closesNarration(doc: Doc, book: Speakers, o: Attributed, who: Who): boolean {
  const p = doc.paras[o.q.para]!;
  if (/[\p{L}\p{N}]/u.test(doc.text.slice(o.q.close, p.end))) return false;
  return doc.reg.within(p.start, o.q.open).every((m) => book.kind(book.id(m.party)) !== 'person' || book.id(m.party) === who || insideQuote(doc, m.s));
}

/** The mention names the interviewee by part of the name ("erzählt Atzili", "Liat:"), or is a pronoun of theirs
 * that named nobody else ("sagt sie" resolved to nobody, or to a person sharing the interviewee's name). */
function namesInterviewee(doc: Doc, book: Speakers, o: Attributed, who: Who, parts: string[]): boolean {
  if (!o.mention) return false;
  const ws = o.mention.split(/\s+/).map(bare);
  if (ws.every((w) => parts.includes(w))) return true;
  const g = ws.length === 1 ? pronounOf(ws[0]!, doc.rules) : undefined;
  if (g !== 'm' && g !== 'f') return false;
  const mine = book.gender(who);
  if (mine && mine !== g) return false;
  return o.who === null || partsOf(book, o.who).some((w) => parts.includes(w));
}

/** Answers, and mentions of the interviewee, go to the interviewee. Whether the text is an interview. */
export function attributeInterview(doc: Doc, book: Speakers, out: Attributed[]): boolean {
  const layout = interviewLayout(doc);
  const who = layout && interviewee(doc, book, layout, out);
  if (!layout || who === null) return false;
  const parts = partsOf(book, who);
  for (const o of out) {
    if (o.who !== null && book.id(o.who) === who) continue;
    const inner = doc.text.slice(o.q.start, o.q.end);
    // (an answer by its place; a quotation alone in its paragraph and in the first person is an answer too:
    // "When I suggest …, he interrupts me. / “I’ve known Waheed for 30 years.”")
    // (a sentence's words: a quoted subheading, „Ich muss da raus“, may be anybody's words the story quotes)
    const alone = o.who === null && !o.mention && firstPerson(doc, inner);
    const answer = SENTENCE_END.test(inner) && ((fillsParagraph(doc, o) && (layout.answers.has(o.q.para) || alone)) || (alone && closesNarration(doc, book, o, who)));
    if (answer || namesInterviewee(doc, book, o, who, parts)) { o.who = who; o.how = 'interview'; }
  }
  return true;
}
