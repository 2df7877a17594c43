// Name candidates without a model: runs of capitalised words joined by name particles ("Bank of England",
// "Ursula von der Leyen"), cut at sentence ends, punctuation and possessives. Used when no tagger model is loaded;
// with a model, the tagger's mentions take their place.

import { everyLanguage, type Rules } from '../../rules/languages';
import type { Word } from './words';
import { isOrgHead, isTitleWord } from './lexicon';
import { afterElided, elidedCompound } from './name-words';

export interface Run {
  words: Word[];
  s: number;
  e: number;
  text: string;
  /** The word before the run, lower case ('' at a paragraph start). */
  prevWord: string;
}

/** Words for "and" that split a run (rules' conjunctions hold "or" too, which joins no two names here). */
const AND = everyLanguage('andWords');
const NON_NAME = /-(?:based|born|led|backed|owned|made|style|era|linked|aligned|funded|run)$/i;
/** Letters after a name for an office or an honour ("MP", "MBE"): no part of the name. */
export const HONOURS = /^(?:SC|QC|KC|MP|MEP|MSP|MdB|OBE|CBE|MBE|PhD)\.?$/;
const POST_NOMINAL = (t: string) => HONOURS.test(t) || /^(?:Jr|Sr)\.?$/.test(t);
const LEADING_ARTICLE = /^(?:the|die|der|das|la|le|les|il|lo|el|los|las|de|het)$/i;
/** Romance adjectives after an organisation head ("Consiglio comunale", "Assemblée nationale"). */
const ADJ_SUFFIX = /(?:ale|ali|ile|ili|ique|iques|aire|aires|ienne|iennes|ien|ais|aise|ano|ana|ani|ane|ese|esi|ivo|iva|ivi|ive|ario|aria|ari|arie|enne|elle|onale|ionale|nale|naux|ico|ica|ici|iche|ista|oso|osa|éenne|eenne|ial)$/;
/** Plurals that take ’s inside a name ("Women’s Institute", "People’s Party"). */
const IRREGULAR_PLURAL = /(?:men|people|children|folk)$/i;

/** Capitalised runs of the words. `lower`: words the text also writes in lower case. */
export function capitalisedRuns(text: string, words: readonly Word[], lower: Set<string>, rules: Rules): Run[] {
  const out: Run[] = [];
  const capsMid = new Set<string>();
  for (const w of words) if (w.cap && !w.start) capsMid.add(w.t);
  let i = 0;
  while (i < words.length) {
    if (!words[i]!.cap || NON_NAME.test(words[i]!.t)) { i++; continue; }
    const [run, j] = grow(text, words, i, rules);
    trimRun(run, lower, capsMid, rules);
    for (const part of splitOnAnd(run, rules, text)) {
      const s = part[0]!.s, e = part[part.length - 1]!.e, pi = part[0]!.i;
      out.push({ words: part, s, e, text: text.slice(s, e), prevWord: pi > 0 ? words[pi - 1]!.l : '' });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The run starting at word i, and the index after it. */
function grow(text: string, words: readonly Word[], i: number, rules: Rules): [Word[], number] {
  const run: Word[] = [words[i]!];
  let j = i + 1;
  while (j < words.length) {
    const prev = run[run.length - 1]!, nt = words[j]!;
    if (prev.stop) break;
    if (prev.poss) {
      if (possInName(text, prev, nt, rules)) { run.push(nt); j++; continue; }
      break;
    }
    const el = elidedCompound(text, words, j, prev, rules);
    if (el > 0) { run.push(words[j]!, words[el]!); j = el + 1; continue; }
    if (!nt.joined) break;
    if ((rules.notNames.has(nt.l) && !nt.kept) || (rules.notNames.has(prev.l) && !prev.kept)) break;
    if (nt.cap && !nt.start && !NON_NAME.test(nt.t)) { run.push(nt); j++; continue; }
    // (a word the text keeps inside a name, name-words.ts: "Dar es Salaam")
    if (!nt.cap && nt.kept && words[j + 1]?.cap && words[j + 1]!.joined) { run.push(nt, words[j + 1]!); j += 2; continue; }
    const k = particleBridge(words, j, rules, run);
    if (k > 0) { for (let q = j; q <= k; q++) run.push(words[q]!); j = k + 1; continue; }
    if (headAdjective(prev, nt, rules)) { run.push(nt); j++; continue; }
    const more = moreAdjectives(words, j, run, rules);
    if (more > 0) { for (let q = j; q < j + more; q++) run.push(words[q]!); j += more; continue; }
    break;
  }
  return [run, j];
}

/** `w` is a Romance adjective in lower case right after a capitalised organisation's head `head`: part of its name
 * ("Consiglio comunale", "l'Union européenne", "Gobierno italiano"). */
const headAdjective = (head: Word, w: Word, rules: Rules) =>
  !w.cap && w.joined && head.cap && rules.lang !== 'en' && rules.lang !== 'de' && isOrgHead(head.t, rules) && ADJ_SUFFIX.test(w.t) && w.t.length > 4;

/** A lower-case word shaped as a Romance adjective ("populaire", "écologique"). */
const lowerAdjective = (w: Word | undefined) => !!w && !w.cap && w.joined && ADJ_SUFFIX.test(w.t) && w.t.length > 4;

/** How many of the run's last words are adjectives after a body's head, lower case, perhaps coordinated ("Union
 * populaire écologique et sociale"): 0 when the run does not end so. */
function adjectiveTail(run: readonly Word[], rules: Rules): number {
  let k = run.length;
  while (k > 1 && (lowerAdjective(run[k - 1]) || (AND.has(run[k - 1]!.l) && !run[k - 1]!.cap && lowerAdjective(run[k - 2]) && k < run.length))) k--;
  return k < run.length && k > 0 && lowerAdjective(run[k]) && lowerAdjective(run[run.length - 1]) && headAdjective(run[k - 1]!, run[k]!, rules) ? run.length - k : 0;
}

/** Where the language keeps lower-case adjectives in a body's name (rules.lowerAdjectiveNames), the words from j that
 * go on a run ending in such an adjective: one more adjective ("Nouvelle Union populaire écologique"), or "and" with
 * one ("… écologique et sociale"): a coordinated pair of adjectives is one name's, never two names. */
function moreAdjectives(words: readonly Word[], j: number, run: readonly Word[], rules: Rules): number {
  if (!rules.lowerAdjectiveNames || !adjectiveTail(run, rules)) return 0;
  const w = words[j]!;
  if (lowerAdjective(w)) return 1;
  return AND.has(w.l) && !w.cap && w.joined && lowerAdjective(words[j + 1]) ? 2 : 0;
}

/** The run ends in adjectives after its head that the language keeps in a body's name, lower case ("l'Union
 * européenne", rules.lowerAdjectiveNames): the name ends in them. */
const nameEndsIn = (run: readonly Word[], rules: Rules) => rules.lowerAdjectiveNames && adjectiveTail(run, rules) > 0;

/** "of"/"for"/"für" join a name only after a head word ("Bank of England", "Secretary of State", "Bundesagentur
 * für Arbeit"), not after a person's name ("Charles Rangel of New York") or a common noun ("Zeit für Familie"). */
const HEAD_LINK = everyLanguage('afterHeadLinks');
const LINKING_HEADS = everyLanguage('linkingHeads');

/** Particles from word j (up to two) followed by a capitalised word: the index of that word, or -1. */
function particleBridge(words: readonly Word[], j: number, rules: Rules, run: Word[]): number {
  // "National Institute on Drug Abuse": a preposition that joins only after an organisation's head
  if (rules.headLinks.has(words[j]!.l)) {
    const n = words[j + 1];
    // (not a date: "the Commission on Thursday")
    return !words[j]!.cap && words[j]!.joined && isOrgHead(run[run.length - 1]!.t, rules) && !!n && n.cap && n.joined && !words[j]!.stop && !rules.notNames.has(n.l) ? j + 1 : -1;
  }
  let k = j;
  while (k < words.length && !words[k]!.cap && rules.nameParticles.has(words[k]!.l) && words[k]!.joined && k - j < 2) k++;
  if (k === j || k >= words.length) return -1;
  if (HEAD_LINK.has(words[j]!.l)) {
    const head = run[run.length - 1]!;
    if (!isOrgHead(head.t, rules) && !isTitleWord(head.t, rules) && !rules.placeHeads.has(head.l) && !LINKING_HEADS.has(head.l)) return -1;
  }
  return words[k]!.cap && words[k]!.joined && !words[k - 1]!.stop ? k : -1;
}

/** "the Ferry Workers’ Union": a plural possessive inside an organisation's name. */
function possInName(text: string, prev: Word, next: Word, rules: Rules): boolean {
  if (!next.cap || next.start || next.s - prev.e > 3) return false;
  const gap = text.slice(prev.e, next.s);
  if (!/^['’]s?\s$/.test(gap)) return false;
  if (gap.length === 3 && !IRREGULAR_PLURAL.test(prev.t)) return false;
  if (gap.length === 2 && !/s$/i.test(prev.t)) return false;
  return isOrgHead(next.t, rules);
}

/** Drop trailing particles and post-nominals, and sentence-initial words that are no names. */
function trimRun(run: Word[], lower: Set<string>, capsMid: Set<string>, rules: Rules) {
  while (run.length > 1 && (!run[run.length - 1]!.cap || POST_NOMINAL(run[run.length - 1]!.t)) && !nameEndsIn(run, rules)) run.pop();
  while (run.length && run[0]!.start) {
    const l = run[0]!.l;
    if (!rules.functionWords.has(l) && !(lower.has(l) && !run[0]!.acr && !isTitleWord(run[0]!.t, rules))) break;
    run.shift();
    while (run.length && !run[0]!.cap) run.shift();
  }
  // "Shares of Veridian …": a sentence-initial word joined by a particle, never capitalised elsewhere (a title
  // stays: "Secretary of State Madeleine Albright" is split into role and name later)
  if (run.length > 2 && run[0]!.start && !run[1]!.cap && !capsMid.has(run[0]!.t) && !isTitleWord(run[0]!.t, rules)) { run.shift(); while (run.length && !run[0]!.cap) run.shift(); }
  // (an article of another language inside a sentence opens a name: "from De Villiers Street", "Los Angeles")
  while (run.length > 1 && LEADING_ARTICLE.test(run[0]!.t) && !run[0]!.kept && (run[0]!.start || rules.functionWords.has(run[0]!.l))) run.shift();
}

/** Where every noun is capitalised, "and" right after a body's head, the run's first word, joins two common nouns
 * ("die malische Regierung und Bevölkerung"), unless the run ends in a head too ("Polizei und Feuerwehr" is left as
 * it was): a body's own fields follow its head before the "and" ("Stiftung Wissenschaft und Politik"). */
const headAnd = (run: readonly Word[], rules: Rules) => rules.nounsCapitalised && run.length > 2 && !run[1]!.cap && AND.has(run[1]!.l)
  && isOrgHead(run[0]!.t, rules) && !isOrgHead(run[run.length - 1]!.t, rules);

/** "Turkey and Qatar" are two names; "Country Land and Business Association" is one. */
function splitOnAnd(run: Word[], rules: Rules, text: string): Word[][] {
  if (!run.length) return [];
  const parts: Word[][] = [];
  // (nor between two lower-case adjectives of one body's name: "populaire écologique et sociale")
  const inTail = (i: number) => rules.lowerAdjectiveNames && lowerAdjective(run[i - 1]) && lowerAdjective(run[i + 1]);
  // (a body's name closed by its lower-case adjective ends at the "and" after it, though the run opens with a head:
  // "l'Union européenne et la Chine")
  const closed = rules.lowerAdjectiveNames && run.some((w, i) => AND.has(w.l) && lowerAdjective(run[i - 1]) && !inTail(i));
  if (run.some((w) => AND.has(w.l)) && (closed || headAnd(run, rules) || (!isOrgHead(run[0]!.t, rules) && !isOrgHead(run[run.length - 1]!.t, rules)))) {
    let cur: Word[] = [];
    // (not after a part elided to its hyphen: "Polar- und Meeresforschung" is one name's)
    run.forEach((w, i) => { if (AND.has(w.l) && !afterElided(text, w, run[i - 1]) && !inTail(i)) { if (cur.length) parts.push(cur); cur = []; } else cur.push(w); });
    if (cur.length) parts.push(cur);
  } else parts.push(run);
  return parts.map((p) => {
    while (p.length > 1 && !p[p.length - 1]!.cap && !nameEndsIn(p, rules)) p.pop();
    while (p.length && !p[0]!.cap) p.shift();
    return p;
  }).filter((p) => p.length);
}

/**
 * Where every noun is capitalised (German), a run joined by a particle is a noun phrase ("Entwicklung der
 * Migrationspolitik", "Norden von Frankfurt"): the name in it starts at its last part that holds an organisation's
 * head ("Initiative der Bundesregierung" → "Bundesregierung"; "Bundesagentur für Arbeit" whole), and there is none
 * when no part holds one. A run without a particle, or led by a title (split off later), is left as it is.
 */
export function nounCore(ws: readonly Word[], rules: Rules): readonly Word[] | null {
  if (!rules.nounsCapitalised || ws.every((w) => w.cap) || isTitleWord(ws[0]!.t, rules)) return ws;
  let start = -1;
  ws.forEach((w, i) => {
    if (!w.cap || !isOrgHead(w.t, rules)) return;
    let k = i;
    while (k > 0 && ws[k - 1]!.cap) k--;
    start = k;
  });
  return start < 0 ? null : ws.slice(start);
}

/**
 * The names in a run nounCore finds no body in: its capitalised stretches of two words or more, each a run of its own
 * as if the particle were not there. "Gegenspieler Dante Exum zu Boden": "zu" joins noble names ("von und zu"), here a
 * preposition; the name before it stays ("Entwicklung der Migrationspolitik" has none).
 */
export function particleFree(ws: readonly Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (const w of [...ws, null]) {
    if (w?.cap) { cur.push(w); continue; }
    if (cur.length >= 2) out.push(cur);
    cur = [];
  }
  return out;
}
