// Name candidates in text order, from the tagger's spans and the capitalised runs it left alone.

import type { Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { lowerForms, type Word } from './words';
import { capitalisedRuns, nounCore, particleFree } from './runs';
import type { Candidate } from './classify';
import { countryOrCapital, gazetteer } from './countries';
import { splitConjoined } from './conjoined';
import { isGenitiveName, namedWords, unglue } from './glued';
import { isRepeatedName, wordUses, type WordUse } from './repeated';
import { givenName, headAfterBodies, joinParticles, longerBodies, namesBody, placeLedBodies, taggerCandidates } from './tagged';
import { cut, widen } from './widen';
import { PARTY_FILTER } from '../weights';
import { isOrgHead, isOrgNoun } from './lexicon';
import { norm } from './registry';
import { trimCommonNouns } from './common-nouns';
import { insideWord } from './unspaced';
import { withoutNounOpener, withoutOpener } from './name-starts';
import { withoutBodyHead } from './body-led-persons';
import { joinTails } from './name-tails';
import { surnamesAfterParticles } from './particle-surnames';
import { numberedBodies } from './numbered-bodies';
import { ampersandNames, listedFields, placeFirstWords } from './span-joins';
import { gappedNames } from './gapped-names';
import { countryPairs } from './country-pairs';
import { underscoredNames } from './underscored';

/** One word that is an organisation's compound name ("Bundesregierung", "Schulministerium"), not its bare head. */
const compoundOrg = (w: Word, rules: Rules) => rules.orgSuffixes.some((x) => w.l.endsWith(x) && w.l.length >= x.length + 3);

/**
 * A test of whether a span overlaps none of `taken`, in log time a span: the spans sorted by start, with the furthest
 * end among those starting before each point (a text repeating "Harbour Board (HB)" a thousand times takes a
 * thousand spans, and a loop over them for every candidate grew with the square of the text).
 */
function freeOf(taken: readonly { s: number; e: number }[]): (c: { s: number; e: number }) => boolean {
  const sorted = [...taken].sort((a, b) => a.s - b.s);
  const maxEnd: number[] = [];
  sorted.forEach((t, i) => { maxEnd[i] = Math.max(t.e, i ? maxEnd[i - 1]! : -Infinity); });
  return (c) => {
    let lo = 0, hi = sorted.length; // the first span starting at or after c.e
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]!.s < c.e) lo = mid + 1; else hi = mid; }
    return lo === 0 || maxEnd[lo - 1]! <= c.s;
  };
}

/**
 * Name candidates in text order: the tagger's spans (widened to the capitalised run around them: "Gul Mohammad
 * Shinwari", "Islamic Emirate of Afghanistan"), and runs of several capitalised words where the tagger found
 * nothing (those count as names only with more evidence: see rank.ts). Spans the text defines (an acronym's
 * long form) are taken already.
 */
export function candidatesOf(text: string, words: readonly Word[], rules: Rules, spansIn: readonly EntitySpan[] | null, taken: readonly { s: number; e: number }[], uses: ReadonlyMap<string, WordUse> = wordUses(words, rules), strict = false, formed: ReadonlySet<string> = new Set()): Candidate[] {
  const runs = capitalisedRuns(text, words, lowerForms(words), rules).map((r): Candidate => ({ ...r, source: 'runs' }));
  const free = freeOf(taken);
  if (!spansIn) return withoutNounOpeners(runs.filter((c) => free(c) && !cutCompound(c, text, rules)), text, words, rules);
  const gaz = gazetteer(rules.lang);
  // (a name the tagger read in pieces is one span, so that no run inside it is a name of its own: "Tourism")
  const entities = joinedSpans(text, spansIn, rules);
  // (without spaces, a country the tagger reads inside a longer word is no mention of it: 日本 in 東日本大震災)
  const inWord = (e: EntitySpan) => rules.unspaced && insideWord(text, e.start, e.end) && countryOrCapital(gaz, text.slice(e.start, e.end));
  const spans = taggerCandidates(text, words, headAfterBodies(text, placeLedBodies(text, longerBodies(text, entities), rules), rules).filter((e) => (e.type !== 'MISC' || namesBody(text, e, rules)) && !inWord(e)), rules);
  const joined = surnamesAfterParticles(joinParticles(text, words, spans, rules), text, words, rules);
  const named = namedWords(joined);
  const single = new Set(joined.filter((c) => c.words.length === 1).map((c) => c.words[0]!.l));
  const tagged = splitConjoined(joined, text, rules, gaz, uses);
  const out: Candidate[] = [];
  let k = 0;
  tagged.forEach((c, i) => {
    while (k < runs.length && runs[k]!.e <= c.s) k++;
    // "Teile Österreichs": a name in the genitive after a noun is governed by it, no part of it
    const governed = rules.nounsCapitalised && c.words.length === 1 && isGenitiveName(c.words[0]!, named, rules, gaz);
    const wide = withoutBodyHead(withoutOpener(widen(tagged, i, runs, k, text, words, rules, governed), text, words, uses, named, rules), text, words, rules);
    out.push(givenName(unglue(wide, text, words, named, uses, rules, gaz), single));
  });
  // runs the tagger left alone (any span it found, MISC included, wins): of two capitalised words or more, or one
  // that is the last word of a name found in full ("Voigt" after "Mario Voigt") or after its class noun ("Temu" after
  // "die Plattform Temu")
  // (not a head noun, a common word: "der Bank" after "Silicon Valley Bank")
  out.splice(0, out.length, ...joinTails(out, text, words, rules, gaz, uses));
  // (where every noun is capitalised, the word after a body's lower-case link is its field, a common noun the text
  // also writes alone, no surname: "Migrationspolitik" of "Zentrums für Migrationspolitik")
  const field = (c: Candidate) => rules.nounsCapitalised && c.tag !== 'PER' && c.words.length > 2 && !c.words[c.words.length - 2]!.cap;
  const surnames = new Set(out.filter((c) => (c.words.length > 1 && !field(c)) || (c.epithet && isOrgNoun(c.epithet, rules))).map((c) => c.words[c.words.length - 1]!).filter((w) => !isOrgHead(w.t, rules)).map((w) => w.l));
  let e = 0;
  for (const whole of runs) {
    while (e < entities.length && entities[e]!.end <= whole.s) e++;
    if (e < entities.length && entities[e]!.start < whole.e) continue;
    // a run joined by a particle that the tagger saw and left alone is a noun phrase ("Entwicklung der Migrationspolitik")
    const core = nounCore(whole.words, rules);
    for (const part of (core ? [core] : particleFree(whole.words)).flatMap((ws) => atFormed(ws, formed, text))) {
      const r = unglue(cut(whole, part, text, words), text, words, named, uses, rules, gaz);
      const one = r.words.length === 1 ? r.words[0]! : null;
      // (one word: a surname of a name found in full, a compound organisation, or, where the language has no model
      // of its own, a proper noun the text repeats: a model trained on the language left it alone for a reason)
      // (or a country the gazetteer knows, which needs no model's say-so: "los rebeldes hutíes de Yemen")
      if (r.words.filter((w) => w.cap).length >= 2 || (one && (surnames.has(one.l) || formed.has(one.l) || (!one.acr && gaz.names.has(norm(one.t))) || (part !== whole.words && compoundOrg(one, rules)) || (strict && isRepeatedName(one, uses, rules))))) out.push(r);
    }
  }
  const kept = out.filter((c) => free(c) && !cutCompound(c, text, rules)).map((c) => withoutAdjectiveOpener(c, text, words, rules)).filter((c): c is Candidate => c !== null);
  return trimCommonNouns(withoutNounOpeners(kept, text, words, rules).sort((a, b) => a.s - b.s), text, words, rules);
}

/** A run's words cut around the one-word names the text shows by their forms (form-names.ts): "drohen Samsung
 * Strafzahlungen" is the name and a noun. A run the text writes more than once is a name of its own, kept whole. */
function atFormed(ws: readonly Word[], formed: ReadonlySet<string>, text: string): (readonly Word[])[] {
  // (the run's own array when kept whole: the caller tells a part from the whole run by identity)
  if (ws.length < 2 || !ws.some((w) => formed.has(w.l))) return [ws];
  const whole = text.slice(ws[0]!.s, ws[ws.length - 1]!.e);
  if (text.indexOf(whole) !== text.lastIndexOf(whole)) return [ws];
  const out: (readonly Word[])[] = [];
  let rest: Word[] = [];
  for (const w of ws) {
    if (!formed.has(w.l)) { rest.push(w); continue; }
    if (rest.length) out.push(rest);
    out.push([w]);
    rest = [];
  }
  if (rest.length) out.push(rest);
  return out;
}

/** The tagger's spans started where an underscore says a name starts (underscored.ts), with the names it read in
 * pieces joined (numbered-bodies.ts, span-joins.ts: by a portfolio, a place's head or an ampersand; gapped-names.ts), and those it read over two countries split
 * (country-pairs.ts). */
const joinedSpans = (text: string, spans: readonly EntitySpan[], rules: Rules) =>
  gappedNames(text, placeFirstWords(text, listedFields(text, numberedBodies(text, countryPairs(text, ampersandNames(text, underscoredNames(text, spans), rules), rules), rules), rules), rules), rules);

/** The candidates without noun phrases' openers (name-starts.ts): those left a name's words alone. */
const withoutNounOpeners = (cands: readonly Candidate[], text: string, words: readonly Word[], rules: Rules) =>
  cands.map((c) => withoutNounOpener(c, text, words, rules)).filter((c): c is Candidate => c !== null);

/** A name whose last word makes it an adjective ("South Dakota-sized", "Moscow-based", "AI-powered") or cuts an
 * abbreviation at its dot ("Japan-U" of "Japan-U.S."): the span names no party as it stands. A romanised given name
 * is hyphened to a short lower-case syllable ("Han Dong-hoon", "Hyo-won"), an acronym to a case ending ("NATO-a"):
 * an adjective's ending is long, or of some letters after a name the text writes alone. Languages that write nouns
 * so ("FN-operationen") leave the first test out (rules.hyphenAdjectives). */
function cutCompound(c: Candidate, text: string, rules: Rules): boolean {
  const last = c.words[c.words.length - 1]!.t;
  if (!last.includes('-')) return false; // (both shapes below need one: most names compile neither pattern)
  if (/-\p{Lu}$/u.test(last)) return text[c.e] === '.';
  const m = rules.hyphenAdjectives ? /^(.+)-(\p{Ll}+)$/u.exec(last) : null;
  if (!m) return false;
  const ending = m[2]!.length;
  // (an ending of a few letters is a case ending, "NATO-a", "SAD-u" in Croatian, or a syllable: the name stays)
  return ending >= PARTY_FILTER.compoundEndingMin || (ending >= PARTY_FILTER.compoundEndingAlone && standsAlone(m[1]!, text));
}

/** "US-amerikanische Patriot-Flugabwehrsysteme", "Kremlin-controlled Kelby Media": a first word that hyphens a name to a
 * lower-case adjective (cutCompound's shape) describes what follows and is no part of a name: the name starts after
 * it. Where every noun is capitalised, one word after it is that adjective's noun: a noun phrase, no name. */
function withoutAdjectiveOpener(c: Candidate, text: string, words: readonly Word[], rules: Rules): Candidate | null {
  if (!rules.hyphenAdjectives || c.words.length < 2) return c;
  // (the part before the hyphen a name: an acronym or a capitalised word of three letters or more, not a prefix
  // of a role, "Co-founder", "Ex-premier")
  const m = /^(?:\p{Lu}{2,}|\p{Lu}\p{L}{2,})-(\p{Ll}+)$/u.exec(c.words[0]!.t);
  if (!m || m[1]!.length < PARTY_FILTER.compoundEndingMin) return c;
  if (rules.nounsCapitalised && c.words.length === 2) return null;
  const ws = c.words.slice(1), s = ws[0]!.s, pi = ws[0]!.i;
  return { ...c, words: ws, s, text: text.slice(s, c.e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}

/** Whether `word` is written in the text as a word of its own (not inside another, not hyphened to one). */
function standsAlone(word: string, text: string): boolean {
  const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}-]/u.test(ch);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}
