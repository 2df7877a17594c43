// Names that are no actors of the story though the tagger found them: a heading's words ("The Best Sleeping Bag for
// Backpackers", a name met only in title-case headings), adjectives of origin before a noun ("Alaskan peaks") and
// products (a name followed by its model number, "Nanowave 45", "Magma 15", taken for a person), common nouns after
// an article where every noun is capitalised ("der Beton"), a region's abbreviation after a place ("Palo Alto,
// Calif."). Marked here; the
// ranking drops them unless they speak (rank.ts).

import type { Span } from '../text';
import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { OFF_STORY, PARTY_FILTER } from '../weights';
import { nextLower } from './capitals';
import { isLetter, wordBefore } from '../letters';
import { letterAt, spaceRunStart, upperAt, codePointBefore } from '../text/props';
import { gazetteer } from './countries';
import { isPlaceAdjective, knownPlaces, placeThing, textPlaces } from './place-adjectives';
import { isProduct, markProductPlurals } from './products';

/** A person's name with middle initials, which no product's is: "Ann B. Cole", "John F. W. Smith". */
const INITIALLED = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)+ \p{Lu}\p{Ll}/u;
/** A model number right after a name ("… 45", "… 15 Sleeping Bag", "… A320"), not a score ("2-1") nor an age (", 34"). */
const MODEL_NUMBER = /^\s(?:[A-Z]{0,2}\d{1,4}[A-Za-z]{0,2})(?![\d.,:–-]*\d)(?!\s*[-–:]\s*\d)/;

const inSpans = (spans: readonly Span[], s: number, e: number) => {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.end <= s) lo = mid + 1; else hi = mid; }
  return lo < spans.length && spans[lo]!.start <= s && e <= spans[lo]!.end;
};

/** What the text says of a party beyond its name: a role, a description. */
const described = (p: PartyRecord) => p.roleWords.size > 0 || !!p.description;

/** "Alaskan peaks", "Himalayan glaciers": a word ending as an adjective of origin, before a noun every time. */
function adjective(p: PartyRecord, text: string, rules: Rules): boolean {
  // (one word the tagger was unsure of: surnames end so too, "Stillman lab")
  const w = p.parts[0]!;
  if (p.parts.length !== 1 || p.votes.PER >= PARTY_FILTER.taggerConfidence * Math.max(1, p.votes.n)) return false;
  if (!rules.demonymEndings.some((x) => w.endsWith(x) && w.length > x.length + 2)) return false;
  return p.mentions.every((m) => {
    const next = nextLower(text.slice(m.e, m.e + 30));
    return !!next && !rules.functionWords.has(next) && !rules.auxiliaries.has(next) && !rules.clauseWords.has(next) && !rules.say.includes(next);
  });
}

/** "Palo Alto, Calif., said", "Orange County, Calif., sheriff's office": a one-word place cut short (a period that
 * ends no sentence: a comma or a lower-case word follows) after a place's name and a comma, every time, is that
 * place's region written as an abbreviation, not a party of its own. */
function abbreviatedRegion(p: PartyRecord, text: string): boolean {
  if (p.kind !== 'place' || p.parts.length !== 1) return false;
  return p.mentions.every((m) => text[m.e] === '.' && afterCapitalised(text.slice(Math.max(0, m.s - 30), m.s)) && /^\.(?:,|\s+\p{Ll})/u.test(text.slice(m.e, m.e + 4)));
}

/** `/\p{Lu}[\p{L}.]*, $/u.test(s)` by a scan: `s` ends on a comma and a space after a run of letters and dots that
 * holds a capital (any capital of the run can open the match). The pattern was compiled on most pages. */
export function afterCapitalised(s: string): boolean {
  if (!s.endsWith(', ')) return false;
  for (let i = s.length - 2; i > 0;) {
    const k = codePointBefore(s, i);
    if (s[k] !== '.' && !letterAt(s, k)) return false;
    if (upperAt(s, k)) return true;
    i = k;
  }
  return false;
}

/**
 * "der Beton", "die Kita", "in der Luft": where every noun is capitalised, one word the text writes after an article
 * (or an article joined to a preposition: "im", "zum") half the times at least is a common noun, though the tagger
 * took it for a person: a person's name takes no article. A body's or a place's name takes a definite article too
 * ("der Bundestag", "im Ahrtal", "die Ukraine"), never an indefinite one or a possessive: a name of any kind (a
 * country aside) the text also writes so ("ein Narrativ", "eines Akkupacks", "ein Kilo Kokain") is one as well. So
 * is a place named only bare ("Sonne über Hamburg") where the text writes the word after an article as often,
 * mentions of it none ("schien die Sonne"): a place's name after an article is the place again ("im Ahrtal").
 */
function commonNoun(p: PartyRecord, text: string, rules: Rules): boolean {
  if (!rules.nounsCapitalised || p.kind === 'country' || (p.kind === 'person' && p.parts.length !== 1) || /^\P{Ll}+$/u.test(p.name)) return false;
  const ruled = (w: string) => rules.determiners.has(w) || rules.articleContractions.has(w) || rules.nounOpeners.has(w);
  // (every time the text writes the word, not only where it was taken for a name: "Aufgeplatzter Beton", "der Beton")
  let all = 0, after = 0, opened = 0;
  for (let i = text.indexOf(p.name); i >= 0; i = text.indexOf(p.name, i + 1)) {
    // (nor where it opens a compound: "die Paris-Starter" is no article before "Paris")
    if (isLetter(text[i - 1] ?? '') || isLetter(text[i + p.name.length] ?? '') || (text[i + p.name.length] === '-' && isLetter(text[i + p.name.length + 1] ?? ''))) continue;
    all++;
    const w = wordBefore(text, i);
    if (rules.nounOpeners.has(w)) opened++;
    if (ruled(w)) after++;
  }
  // (an article before an adjective before it counts too: "der Berliner Charité")
  const bare = p.kind === 'place' && p.parts.length === 1 && p.mentions.every((m) => {
    const w = wordBefore(text, m.s);
    return !ruled(w) && !(w && ruled(wordBefore(text, spaceRunStart(text, m.s) - w.length)));
  });
  return (p.kind === 'person' || opened > 0 || bare) && after > 0 && after >= all * OFF_STORY.articleShare;
}

/** Mark the parties met only in headings, adjectives of origin, common nouns, "people" whose name opens with an
 * adjective of place ("Thüringer Schwein": a thing or a group of that place, place-adjectives.ts), such "places"
 * beside the place itself ("Kiewer Fachkreisen" beside "Kiew"), and person-like
 * names that are mostly products. */
export function markOffStory(reg: Registry, headings: readonly Span[], rules: Rules) {
  const { text } = reg;
  const known = rules.placeAdjectives.length ? knownPlaces(reg, gazetteer(rules.lang)) : null;
  const named = rules.placeAdjectives.length ? textPlaces(reg) : null;
  for (const p of reg.live()) {
    // (whatever the text seems to say of it: "the sheriff of Orange County, Calif." describes the county's sheriff)
    if (abbreviatedRegion(p, text)) { p.offStory = 'abbreviation'; continue; }
    if (!p.mentions.length || p.kind === 'country' || described(p)) continue;
    if (known && p.kind === 'person' && p.parts.length > 1 && isPlaceAdjective(p.parts[0]!, rules, known)) { p.offStory = 'noun'; continue; }
    if (named && p.kind === 'place' && placeThing(p.parts, rules, named)) { p.offStory = 'noun'; continue; }
    if (headings.length && p.mentions.every((m) => inSpans(headings, m.s, m.e))) { p.offStory = 'heading'; continue; }
    if (p.kind !== 'organization' && adjective(p, text, rules)) { p.offStory = 'adjective'; continue; }
    if (commonNoun(p, text, rules)) { p.offStory = 'noun'; continue; }
    if (isProduct(p, text, rules)) { p.offStory = 'product'; continue; }
    if (p.kind !== 'person' && p.kind !== 'unknown') continue;
    // (a given name, initials and a surname name someone: a number after it is an age, "Ann B. Cole 31, of Hope")
    if (INITIALLED.test(p.name)) continue;
    const products = p.mentions.filter((m) => MODEL_NUMBER.test(text.slice(m.e, m.e + 12))).length;
    if (products && products >= p.mentions.length * OFF_STORY.productShare) p.offStory = 'product';
  }
  markProductPlurals(reg);
}
