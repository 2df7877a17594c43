// Verbs of saying per language, as phrase sets: the forms that introduce or follow a quotation, "according to X",
// and the verb matches of a stretch of text without the nouns that share their spelling ("his reports").

import type { Rules } from '../../rules/languages';
import { rulesFor } from '../../rules/languages';
import { PhraseSet, type Hit } from './phrases';
import { isSpeakerNoun } from './mention';
import { ATTRIBUTION } from '../weights';
import type { Token } from '../text';
import { wordBefore } from '../letters';
import { splitStart, splitVerbs, type SplitVerbs } from './split-verbs';

export interface Verbs {
  /** Verbs of saying. */
  say: PhraseSet;
  /** Verbs of saying and verbs that frame a fragment ("called it “…”"). */
  any: PhraseSet;
  /** Auxiliaries that may come before a verb of saying ("a déclaré", "hat gesagt"). */
  auxiliaries: PhraseSet;
  /** Words that attribute only right after a quotation ("so Höcke"). */
  afterQuote: PhraseSet;
  /** "according to": the speaker after it. */
  according: PhraseSet;
  /** "Para X, …", "Pour X, …": the source of the view the sentence states after it. */
  opinion: PhraseSet;
  /** "À ses yeux, …": a view of the person the text is about. */
  ownView: PhraseSet;
  /** Pronouns that may name a speaker. */
  pronouns: Set<string>;
  /** Two-word verbs of saying that may be split around their subject ("räumt … ein"). */
  split: SplitVerbs;
}

/** Scripts written without spaces: phrases are found as substrings. */
const NO_SPACES = new Set(['ja', 'zh', 'ko', 'th']);

const cache = new Map<string, Verbs>();

export function verbsFor(rules: Rules): Verbs {
  const hit = cache.get(rules.lang);
  if (hit) return hit;
  // a language without lists of its own borrows the English verbs (texts quoting English speakers, mixed pages)
  const en = rules.known ? null : rulesFor('en');
  const spaced = !NO_SPACES.has(rules.lang);
  const say = [...rules.say, ...(en?.say ?? [])];
  const v: Verbs = {
    say: new PhraseSet(say, spaced),
    any: new PhraseSet([...say, ...rules.frame, ...(en?.frame ?? [])], spaced),
    auxiliaries: new PhraseSet(rules.auxiliaries, spaced),
    afterQuote: new PhraseSet(rules.afterQuote, spaced),
    according: new PhraseSet([...rules.according, ...(en?.according ?? [])], spaced),
    opinion: new PhraseSet(rules.opinion, spaced),
    ownView: new PhraseSet(rules.ownView, spaced),
    pronouns: new Set([...rules.pronouns].filter(([, g]) => g !== 'x').map(([p]) => p)),
    split: splitVerbs(spaced ? rules.say : [], new Set(rules.pronouns.keys())),
  };
  cache.set(rules.lang, v);
  return v;
}

/** A verb of saying opening s, after an optional auxiliary ("a déclaré", "has said"); its hit spans both. */
export function sayStart(v: Verbs, s: string): Hit | null {
  const direct = v.say.start(s) ?? splitStart(v.split, s);
  if (direct) return withAdverbs(v, s, direct);
  const aux = v.auxiliaries.start(s);
  if (!aux) return null;
  const after = v.say.start(s.slice(aux.index + aux[0].length));
  if (!after) return null;
  const end = aux.index + aux[0].length + after.index + after[0].length;
  return { index: aux.index, 0: s.slice(aux.index, end) };
}

/** "sagte auch Pfeiffer", "dijo también Ruiz": the adverbs of the auxiliary list after the verb go with it, so that
 * the subject after them is read as the speaker. */
function withAdverbs(v: Verbs, s: string, hit: Hit): Hit {
  let end = hit.index + hit[0].length;
  for (let k = 0; k < 2; k++) {
    const gap = /^\s+/.exec(s.slice(end))?.[0].length ?? 0, adv = v.auxiliaries.start(s.slice(end + gap));
    if (!gap || !adv || adv.index !== 0) break;
    end += gap + adv[0].length;
  }
  return end === hit.index + hit[0].length ? hit : { index: hit.index, 0: s.slice(hit.index, end) };
}

const POSSESSOR = /^(his|her|its|their|the|a|an|our|my|your|these|those|this|that|whose|le|la|les|der|die|das|il|el|sein|seine|ihr|ihre|son|sa|ses|su|sus)$/;
const upper = (c: string) => c !== c.toLowerCase();

/** The text and its tokens, where phrases are looked up. */
export interface Tokenised { text: string; tokens: readonly Token[] }

/** Phrases of the set in text[a, b) (offsets relative to a). */
export function hitsIn(doc: Tokenised, set: PhraseSet, a: number, b: number): Hit[] {
  return set.inTokens(doc.text, doc.tokens, a, b);
}

/** Verb matches in text[a, b) (offsets relative to a), without nouns ("his reports") and names ("the United States"). */
export function verbMatches(doc: Tokenised, set: PhraseSet, a: number, b: number): Hit[] {
  const s = doc.text.slice(a, b);
  return hitsIn(doc, set, a, b).filter((m) => {
    // a capitalised match mid-sentence is a name, not a verb
    if (upper(m[0][0]!) && /[\w,]\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index)) && m.index > 0) return false;
    const prev = wordBefore(s, m.index);
    return !POSSESSOR.test(prev) && !/['’]s$/.test(prev);
  });
}

/** ", she said" / ", Smith said" / ", the bureau told reporters." later in the sentence: the speaker's offsets in s,
 * or null. */
export function lateSpeaker(v: Verbs, s: string, rules: Rules): { s: number; e: number } | null {
  for (let c = s.indexOf(','); c >= 0; c = s.indexOf(',', c + 1)) {
    // the speaker's words, one to three, then the verb: the shortest phrase a verb follows
    const rest = s.slice(c);
    if (!/^,\s+\S/.test(rest)) continue;
    for (const re of LATE_PHRASES) {
      const m = re.exec(rest);
      if (!m || !speakerPhrase(v, m[1]!, m[2]!.trim().split(/\s+/).filter(Boolean), rules)) continue;
      const verb = v.say.start(rest.slice(m[0].length));
      if (!verb) continue;
      const tail = rest.slice(m[0].length + verb.index + verb[0].length);
      if (!/^\s*(?:[,.;!?]|$)/.test(tail) && !toWhom(tail, rules)) break;
      const start = c + m[0].indexOf(m[1]!);
      return { s: start, e: start + (m[1]! + m[2]!).length };
    }
  }
  return null;
}
const LATE_PHRASES = [0, 1, 2].map((k) => new RegExp(`^,\\s+([^\\s,.;:!?]+)((?:\\s+[^\\s,.;:!?]+){${k}})\\s+`));

/** A name, a pronoun alone, or a determiner and a speaking noun ("the bureau", "a spokeswoman"). */
function speakerPhrase(v: Verbs, first: string, rest: readonly string[], rules: Rules): boolean {
  if (upper(first[0]!) && rest.every((w) => upper(w[0]!))) return true;
  if (!rest.length) return v.pronouns.has(first.toLowerCase());
  return rules.determiners.has(first.toLowerCase()) && isSpeakerNoun(rest[rest.length - 1]!, rules);
}

/** Whom the words were said to, or when, closing the sentence: " the AP.", " reporters on Monday." (a few words, no
 * clause of their own: no auxiliary, no comma or quotation mark, not opening on a conjunction or relative). */
function toWhom(tail: string, rules: Rules): boolean {
  const m = /^\s+([^.;!?]{1,60}?)\s*(?:[.;!?]|$)/.exec(tail);
  if (!m || /[,“”"«»„]/.test(m[1]!)) return false;
  const ws = m[1]!.toLowerCase().split(/\s+/);
  if (ws.length > ATTRIBUTION.lateObjectWords || ws.some((w) => rules.auxiliaries.has(w))) return false;
  return !rules.clauseWords.has(ws[0]!) || rules.datives.has(ws[0]!) || rules.recipients.has(ws[0]!);
}
