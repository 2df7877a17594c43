// Attributions after a quotation, while its sentence runs on: "…," said X / "…," X said / "…," she said later /
// "…," according to X / "…" — Name / "…", so X. One small function a pattern.

import { forwardMention, isAuxiliary, isCapWord, isSpeakerNoun, pronounOf, type MentionSpan } from './mention';
import { beforeParticiple } from './plausible';
import { verbSecond } from './subject-of-verb';
import { PARTICIPLE } from './fronted';
import { speakingSubject } from './speaking';
import { namesSpeaker } from './source';
import { subjectAfterAside } from './inverted-aside';
import { LETTER, allUpper, isLetter, isUpper, isWordChar, startsLower } from '../letters';

const LAST_WORD = new RegExp(`\\s+(${LETTER}+)$`);
const DASH_NAME = new RegExp(`^\\s*[―—–-]{1,2}\\s*(${LETTER}(?:${LETTER}|[.’' -]){1,60}?)[.,]?\\s*$`);
const QUOTE_IN_PHRASE = /\s+(?:[^\s„“"«‚‘‹]+\s+)?[„“"«‚‘‹]/;
const QUOTED_NAME = /^\s*(?:[^\s„“"«‚‘‹]+\s+)?[„“"«‚‘‹][^„“”"«»‚‘’‹›\n]{1,40}[“”"»‘’›]/;
const LOWER_WORDS = new RegExp(`^(${LETTER}(?:${LETTER}|[’'-])*)(?:\\s+(${LETTER}(?:${LETTER}|[’'-])*))?\\s+`);
import { hitsIn, lateSpeaker, sayStart, verbMatches } from './verbs';
import { sentenceAt, type Doc, type Site } from './site';
import { splitHits, splitTailAt } from './split-verbs';

export interface Attr {
  m: MentionSpan;
  how: string;
  verb?: string;
  /** The phrase to resolve when the mention is a pronoun for a person named earlier in the sentence. */
  ref?: MentionSpan;
}

/** The text after the quotation up to its sentence's end, and where the words after the punctuation start. */
function afterText(doc: Doc, st: Site): { rest0: number; rest: string } {
  const raw = doc.text.slice(st.q.close, Math.min(st.afterSentEnd, st.afterEnd));
  const lead = /^\s*,?\s*[—–-]?\s*/.exec(raw)![0].length; // «…», — сказал X: a comma, then a dash
  return { rest0: st.q.close + lead, rest: raw.slice(lead) };
}

const skipSpace = (text: string, i: number) => i + (text.slice(i, i + 40).length - text.slice(i, i + 40).trimStart().length);

/** "…," said X / «…», dit-il / "…", sagte Albers / "…", so Höcke. */
export function invertedAfter(doc: Doc, st: Site): Attr | null {
  const { text, verbs, rules } = doc;
  const { rest0, rest } = afterText(doc, st);
  const vm0 = sayStart(verbs, rest) ?? verbs.afterQuote.start(rest);
  const vm = vm0 && !/ing$/i.test(vm0[0]) ? vm0 : null;
  const inv = vm ?? /^(?:a-t-(?:il|elle)\s+\S+|\S+-t-(?:il|elle)|\S+-(?:il|elle))/.exec(rest);
  if (!inv || !(st.tight || rest.slice(inv[0].length).trim().split(/\s+/).length <= 6)) return null;
  const pr = /(?:-t-|-)(il|elle)$/.exec(inv[0].split(/\s+/)[0]!) ?? /^a-t-(il|elle)/.exec(inv[0]);
  if (pr) {
    const k = text.indexOf(pr[1]!, rest0);
    return { m: { s: k, e: k + pr[1]!.length }, how: 'inv-pron' };
  }
  const at = skipSpace(text, rest0 + inv[0].length);
  const fm = forwardMention(text, at, st.afterSentEnd, rules) ?? subjectAfterAside(doc, at, st.afterSentEnd);
  return fm ? { m: beforeParticiple(text, fm), how: 'after-inv', verb: inv[0] } : null;
}

/** Abbreviations whose periods do not end the words between a quotation and its verb ("Sen. Ted Cruz, R-Texas,"). */
const ABBREVIATED = /\b(?:[RDI]-[A-Z][A-Za-z.]*\.?|(?:Del|Atty|Ky|Fla|Calif|Wis|Mass|Mich|Ill|Tenn|Penn|Conn|Va|Ga|Ind|Minn|Nev|Mo|Md|Ariz|Colo|Okla|Ore|Wash|Tex|Ala|La|Miss|Ark|Kan|Neb|Vt|Mont|Wyo|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Mt|Ft|U\.S|D\.C|M|Mme|[A-Z])\.)/g;
const CLOSING_TIME = /^\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier|later|to|from|told|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?]{0,50}[.!?]?\s*$/;

const INNER_TITLE = /\s[“"„«][^“”"«»„.!?]{1,40}[”"“»](?=\s)/g;

/** "…," X said: whatever short phrase stands between the quotation and the verb is the speaker. */
export function subjectAfter(doc: Doc, st: Site): Attr | null {
  const { text, verbs, rules } = doc;
  const { rest0, rest } = afterText(doc, st);
  const v0 = verbMatches(doc, verbs.say, rest0, rest0 + rest.length)[0];
  // "…,” a formulation suggesting …": a participle after the quotation does not attribute it
  if (!v0 || /ing$/i.test(v0[0])) return null;
  const span = rest.slice(0, v0.index);
  const nWords = span.trim().split(/\s+/).filter(Boolean).length;
  if (nWords < 1 || nWords > 24) return null;
  // (a name in quotation marks inside an aside, "Bill Eastland, wearing “Ted Cruz” pins, said", is part of it)
  if (/[.!?;:“”"«»„]/.test(span.replace(ABBREVIATED, '').replace(/\([^)]{0,30}\)/g, '').replace(INNER_TITLE, 'X'))) return null;
  if (/\b(?:is|was|were|are|be|been|being|will|would|that|which|if|when|because|but|and then)\b/i.test(span.replace(/,\s*(?:who|which)\b[^,]*,/g, ','))) return null;
  const tail = rest.slice(v0.index + v0[0].length);
  const closes = /^\s*(?:[.!?]|$)/.test(tail) || (CLOSING_TIME.test(tail) && !/\bthat\b/.test(tail));
  const strict = /[,?!…—–-]$/.test(st.inner) || /^\s*[,—–-]/.test(text.slice(st.q.close, rest0));
  // a quotation that opens its sentence and lacks its comma ("“…” Grubbs said."): a name or pronoun alone speaks
  const bare = closes && !doc.text.slice(st.sentA, st.q.open).trim() && isNameOrPronoun(doc, span);
  if (!strict && !bare && !(closes && !isWordChar(st.inner[st.inner.length - 1]))) return null;
  // "…,” as a Homeland Security memo put it": the speaker after "as"
  const asLead = /^as\s+/i.exec(span);
  const ms = rest0 + (asLead ? asLead[0].length : 0);
  let me = rest0 + span.replace(/[\s,]+$/, '').length;
  for (;;) {
    const t = LAST_WORD.exec(text.slice(ms, me));
    if (!t || !isAuxiliary(t[1]!, rules) || isCapWord(t[1]!)) break;
    me -= t[0].length;
  }
  if (me <= ms) return null;
  // "„…“, hat Hendel dem Tagesspiegel erzählt": after an auxiliary that opens the span (verb second), the speaker's
  // phrase alone, not whom it was told to and when
  const aux = /^\s*(\p{Ll}+)\s+/u.exec(text.slice(ms, me));
  if (aux && rules.auxiliaries.has(aux[1]!)) {
    const fm = forwardMention(text, ms + aux[0].length, me, rules);
    return fm ? { m: fm, how: 'after-svo', verb: v0[0] } : null;
  }
  return { m: { s: ms, e: me }, how: 'after-svo', verb: v0[0] };
}

/** Capitalised words only (a name) or a subject pronoun. */
function isNameOrPronoun(doc: Doc, span: string): boolean {
  const ws = span.trim().split(/\s+/).filter(Boolean);
  if (ws.length === 1 && pronounOf(ws[0]!, doc.rules)) return true;
  return ws.length > 0 && ws.length <= 4 && ws.every((w) => isUpper(w[0]));
}

/** "“…” to drive up the price, she said.": a short speaker and a verb closing the sentence later on. */
export function lateAfter(doc: Doc, st: Site): Attr | null {
  const { rest0, rest } = afterText(doc, st);
  const m = lateSpeaker(doc.verbs, rest, doc.rules);
  return m ? { m: { s: rest0 + m.s, e: rest0 + m.e }, how: 'after-late' } : null;
}

/** "…," according to X. */
export function accordingAfter(doc: Doc, st: Site): Attr | null {
  const { rest0, rest } = afterText(doc, st);
  const acc = hitsIn(doc, doc.verbs.according, rest0, rest0 + rest.length)[0];
  if (!acc || !(st.tight || acc.index === 0)) return null;
  const fm = forwardMention(doc.text, rest0 + acc.index + acc[0].length, st.afterSentEnd, doc.rules);
  return fm && namesSpeaker(doc, fm) ? { m: fm, how: 'after-acc' } : null;
}

/** “…” ― Name: a dash and a name closing the line. */
export function dashName(doc: Doc, st: Site): Attr | null {
  const line = doc.text.slice(st.q.close, st.afterEnd).split('\n')[0]!;
  const dm = DASH_NAME.exec(line);
  if (!dm || !isUpper(dm[1]![0])) return null;
  const k = doc.text.indexOf(dm[1]!, st.q.close);
  return { m: { s: k, e: k + dm[1]!.length }, how: 'dash' };
}

/** A transcript: "PENCE: “…”" (a name in capitals and a colon opening the line, the quotation right after it; not
 * a dateline's "NEW DELHI: Pakistan's “…”"). */
export function transcript(doc: Doc, st: Site): Attr | null {
  // (the colon first, read back over white space: the line is sliced only then, not for every quotation of a long one)
  let w = st.q.open;
  while (w > st.para.start && /\s/.test(doc.text[w - 1]!)) w--;
  if (doc.text[w - 1] !== ':') return null;
  const lineStart = Math.max(doc.text.lastIndexOf('\n', st.q.open) + 1, st.para.start);
  const tm = /^"?([^\s:"][^:\n]{2,40}):\s*$/.exec(doc.text.slice(lineStart, st.q.open));
  if (!tm || !allUpper(tm[1]!) || !/^[^\d\s]/.test(tm[1]!)) return null;
  const k = lineStart + tm[0].indexOf(tm[1]!);
  return { m: { s: k, e: k + tm[1]!.length }, how: 'transcript' };
}

/** The quotation ends on a comma (or its sentence goes on after a comma): an attribution should follow. */
const opensOnto = (doc: Doc, st: Site) => /[,?!…]$/.test(st.inner) || /^\s*,/.test(doc.text.slice(st.q.close, st.q.close + 3));

/** "“…,” the nominee riffed": a name, a pronoun or a speaking noun, then its verb (any verb). */
export function anyVerbAfter(doc: Doc, st: Site): Attr | null {
  if (!opensOnto(doc, st)) return null;
  const { rest0, rest } = afterText(doc, st);
  if (!rest || !(isLetter(rest[0]) || rest[0] === '“' || rest[0] === '"')) return null;
  const m = speakingSubject(doc, rest0, st.afterSentEnd);
  if (!m || m.s !== rest0) return null;
  return statesAbout(doc, m, st.afterSentEnd) ? null : { m, how: 'after-any' };
}

/** "“…!” Super Six and Midnight Magic were dance troupes.": a copula or auxiliary with no verb of saying behind it,
 * after something that is no single person, or after a person and before a noun phrase or a quoted predicate, opens
 * a clause about that subject; it does not attribute the words. ("“…!” Smith was furious" still does.) */
function statesAbout(doc: Doc, m: MentionSpan, end: number): boolean {
  const verb = /^[\s,]*([^\s,.;:!?]+)/.exec(doc.text.slice(m.e, end))?.[1]?.toLowerCase() ?? '';
  if (!doc.rules.auxiliaries.has(verb) || hitsIn(doc, doc.verbs.say, m.e, end).length) return false;
  const words = doc.text.slice(m.s, m.e).trim().split(/\s+/);
  const pron = words.length === 1 ? pronounOf(words[0]!, doc.rules) : undefined;
  const person = (!!pron && pron !== 'o') || doc.reg.within(m.s, m.e).some((x) => doc.reg.get(x.party).kind === 'person');
  // (two names joined by "and": a joint statement is written with a verb of saying, a copula describes the pair)
  if (!person || words.some((w) => doc.rules.conjunctions.has(w.toLowerCase()))) return true;
  // a person's copula before a noun phrase or a quoted predicate ("they were “far from perfect”", "Trump is the
  // candidate"): a new clause about them, not how they said the words
  const next = /^[\s,]*[^\s,.;:!?]+\s+(\S+)/.exec(doc.text.slice(m.e, m.e + 80))?.[1] ?? '';
  return /^[“"«„‘]/.test(next) || doc.rules.determiners.has(next.toLowerCase());
}

/** "„…“, schimpft der AfD-Chef" / "«…», lâche le ministre": a verb (any verb) and then its speaker. */
export function invertedAnyVerb(doc: Doc, st: Site): Attr | null {
  if (!opensOnto(doc, st)) return null;
  const { rules, text } = doc;
  const { rest0, rest } = afterText(doc, st);
  const vm = LOWER_WORDS.exec(rest);
  if (vm && vm[2] && !startsLower(vm[2])) vm[2] = '';
  if (!vm || !startsLower(vm[1]!) || rules.functionWords.has(vm[1]!) || rules.clauseWords.has(vm[1]!) || rules.determiners.has(vm[1]!)) return null;
  // one verb, or an auxiliary and a participle ("a lâché", "hat gesagt"), or a verb and its reflexive ("ereiferte sich")
  const twoWords = !!vm[2] && ((rules.auxiliaries.has(vm[1]!) && !rules.determiners.has(vm[2])) || rules.reflexives.has(vm[2]));
  const from = rest0 + (twoWords ? vm[0].length : vm[1]!.length);
  let fm = forwardMention(text, skipSpace(text, from), st.afterSentEnd, rules);
  if (!fm) return null;
  // a name in quotation marks ends the phrase, with its article: "ereiferte sich der Coach der „Nati“ nach dem Spiel"
  const cut = QUOTE_IN_PHRASE.exec(text.slice(fm.s, fm.e));
  if (cut && cut.index > 0) fm = { s: fm.s, e: fm.s + cut.index };
  const words = text.slice(fm.s, fm.e).split(/\s+/);
  const g = words.length === 1 ? pronounOf(words[0]!, rules) : undefined;
  const named = doc.reg.within(fm.s, fm.e).some((x) => ['person', 'organization', 'country'].includes(doc.reg.get(x.party).kind));
  const speaks = named || (!!g && g !== 'o') || words.some((w) => isSpeakerNoun(w, rules));
  const tail = text.slice(fm.e, st.afterSentEnd).replace(QUOTED_NAME, '');
  // a name closes the sentence (or a clause); a pronoun may be followed by the rest ("beschreibt er die Lage")
  const next = /^\s*([^\s,.;!?]+)/.exec(tail)?.[1]!.toLowerCase() ?? '';
  // … or, in verb-second languages, goes on with a preposition or conjunction ("ereiferte sich der Coach nach dem Spiel")
  const closes = /^\s*(?:[,.;!?]|$)/.test(tail) || (verbSecond(rules) && rules.clauseWords.has(next) && !rules.determiners.has(next));
  return speaks && (closes || (!!g && g !== 'o')) ? { m: fm, how: 'inv-any' } : null;
}

/** "“…”, confesó.": in a language that drops subject pronouns, a verb of saying alone after the quotation (its
 * subject is resolved as a pronoun would be; the mention is the verb). */
export function subjectlessAfter(doc: Doc, st: Site): Attr | null {
  const { rules, verbs } = doc;
  if (!rules.proDrop || !opensOnto(doc, st)) return null;
  const { rest0, rest } = afterText(doc, st);
  const vm = sayStart(verbs, rest);
  if (!vm) return null;
  const next = /^\s*([^\s,.;!?]+)/.exec(rest.slice(vm[0].length))?.[1]!.toLowerCase() ?? '';
  if (!/^\s*(?:[,.;!?]|$)/.test(rest.slice(vm[0].length)) && !(rules.clauseWords.has(next) && !rules.determiners.has(next))) return null;
  return { m: { s: rest0, e: rest0 + vm[0].length }, how: 'pro-drop' };
}

const opensOnName = (doc: Doc, a: number) => { const w = /^\S+/.exec(doc.text.slice(a, a + 40))?.[0].replace(/[,.;:]+$/, '') ?? ''; return isCapWord(w) && !doc.rules.functionWords.has(w.toLowerCase()); };

/** "“…” if she lost, said David Wasserman, an analyst.": a verb of saying and its speaker closing the sentence. */
export function lateInverted(doc: Doc, st: Site): Attr | null {
  const { rest0, rest } = afterText(doc, st);
  // (a participle is no inverted verb: in "…, noting the nominee “…”" its object follows it, and its subject is before)
  const hits = [...hitsIn(doc, doc.verbs.say, rest0, rest0 + rest.length), ...hitsIn(doc, doc.verbs.afterQuote, rest0, rest0 + rest.length)].filter((h) => h.index > 0 && /,\s+$/.test(rest.slice(Math.max(0, h.index - 4), h.index)) && !PARTICIPLE.test(h[0]));
  // (a split verb, "…, stellte der Abgeordnete X fest.", has its second word between the speaker and the stop)
  const split = splitHits(doc.verbs.split, rest).filter((h) => !hits.some((x) => x.index === h.index));
  if (!hits.length && !split.length) return null;
  const last = [...hits, ...split].reduce((a, b) => (b.index > a.index ? b : a));
  // (a quotation that ended its sentence is not the one the next sentence's "Schiff, a Democrat, said the bill …" is
  // about: a sentence that opens on a name has its subject before the verb; "But, said Solovey, “…”" has none)
  if (/[.!?…]$/.test(st.inner) && sentenceAt(doc, rest0)?.start === rest0 && opensOnName(doc, rest0)) return null;
  const from = rest0 + last.index + last[0].length;
  const cut = split.includes(last) ? splitTailAt(doc.verbs.split, last[0], doc.text.slice(from, st.afterSentEnd)) : null;
  if (cut === -1) return null;
  const fm = forwardMention(doc.text, from, cut === null ? st.afterSentEnd : from + cut, doc.rules);
  const closes = cut === null ? /^\s*(?:[,.;!?]|$)/.test(doc.text.slice(fm?.e ?? 0, st.afterSentEnd)) : /^\s*$/.test(doc.text.slice(fm?.e ?? 0, from + cut));
  if (!fm || !closes) return null;
  // (nor is it the one of "Im Idealfall, so Capco-Expertin Neumüller, könne man …": an aside inside the next
  // sentence, which goes on after it in words of its own, gives the source of that sentence)
  // (a new sentence: the quotation's words end on its stop and a capital follows, „…“ included, which the sentence
  // scanner does not end at)
  const newSentence = /[.!?…]$/.test(st.inner) && /^\s+$/.test(doc.text.slice(st.q.close, rest0)) && isUpper(doc.text[rest0] ?? '');
  if (newSentence && /^\s*,\s*\p{L}/u.test(doc.text.slice(fm.e, st.afterSentEnd))) return null;
  return { m: fm, how: 'late-inv' };
}
