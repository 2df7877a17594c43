// One party the text names two ways, learnt from the text itself: "Presidencia de Gobierno" and "Presidencia del
// Gobierno" (the particles apart), "Champions League" beside "UEFA Champions League" (the full name less the acronym
// that opens it), "SD" beside "South Dakota" (the initials of exactly one name of the text), "Antonio Sanz" beside
// "Antonio Sanz Cabello" (a person's name and the same with a second surname), "Fed" beside "Federal Reserve" (a
// clipping of its first word).

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { isGenerational } from './name-forms';
import { allUpper, asciiRunEnd, wordBefore } from '../letters';
import { MERGE } from '../weights';
import { charWidth as pointWidth } from '../text/chars';
import { letterAt, lowerAt, upperAt, wordsAt } from '../text/props';

const byMentions = (ps: PartyRecord[]) => [...ps].sort((a, b) => b.mentions.length - a.mentions.length || a.id - b.id);
const live = (reg: Registry) => reg.live().filter((p) => p.mentions.length > 0 && p.mergedInto === undefined);

/** The name's words that are no particle ("presidencia gobierno"). */
const contentWords = (p: PartyRecord, rules: Rules) => p.parts.filter((w) => !rules.nameParticles.has(w) && !rules.functionWords.has(w));

/** "Tories", "Tory" and "Conservatives": the names the language's data gives one party (rules.nicknames) are that
 * party, under its formal name where the text writes it, else the text's name listed first. (Not a person or a
 * place of such a name.) */
function mergeNicknames(reg: Registry, rules: Rules) {
  const owners = new Map<number, { p: PartyRecord; rank: number }>();
  const named = live(reg).map((p) => ({ p, nick: rules.nicknames.get(p.parts.join(' ')) })).filter((x) => x.nick && !['person', 'place', 'country'].includes(kindOf(x.p, rules)));
  for (const { p, nick } of named.sort((a, b) => a.nick!.rank - b.nick!.rank)) {
    const owner = owners.get(nick!.group);
    if (owner) reg.merge(p, owner.p);
    else owners.set(nick!.group, { p, rank: nick!.rank });
  }
}

/** Organisations whose names differ only in their particles: the one named more often takes the other. */
function mergeParticleVariants(reg: Registry, rules: Rules) {
  const first = new Map<string, PartyRecord>();
  for (const p of byMentions(live(reg))) {
    if (kindOf(p, rules) !== 'organization') continue;
    const content = contentWords(p, rules);
    if (content.length < 2 || content.length === p.parts.length) continue;
    const key = content.join(' ');
    const owner = first.get(key);
    if (owner) reg.merge(p, owner);
    else first.set(key, p);
  }
  // (a name with no particle at all may still be the same one: "Bank England" is rare enough to leave)
}

/** "Champions League" and "UEFA Champions League": an organisation's name is the full name of exactly one other,
 * less an acronym that opens it. */
function mergeAcronymLed(reg: Registry, rules: Rules) {
  const led = new Map<string, PartyRecord[]>();
  for (const f of live(reg)) {
    const lead = f.name.split(/\s+/)[0]!;
    if (f.parts.length < 3 || lead.length < 2 || !allUpper(lead) || kindOf(f, rules) !== 'organization') continue;
    const key = f.parts.slice(1).join(' ');
    led.set(key, [...(led.get(key) ?? []), f]);
  }
  for (const p of live(reg)) {
    const full = led.get(p.parts.join(' '));
    if (full?.length === 1 && full[0] !== p && kindOf(p, rules) !== 'person') reg.merge(p, full[0]!);
  }
}

/** `/^ (\p{L}+) (\p{Lu})/u.exec(s)`'s two groups ("of", "J" in " of Japan"), by a scan: no property pattern compiled. */
export function particleThenCapital(s: string): [string, string] | null {
  if (s[0] !== ' ') return null;
  let j = 1;
  while (letterAt(s, j)) j += pointWidth(s, j);
  return j > 1 && s[j] === ' ' && upperAt(s, j + 1) ? [s.slice(1, j), s.slice(j + 1, j + 1 + pointWidth(s, j + 1))] : null;
}

/** "Constitutional Democratic Party of Japan" (a name the tagger ended before "of Japan"): the initials of the
 * names written after a mention of the party behind a particle ("of"), upper case. */
function ofAfter(text: string, f: PartyRecord, rules: Rules): Set<string> {
  const out = new Set<string>();
  for (const m of f.mentions) {
    if (text.charCodeAt(m.e) !== 32) continue;
    // (a word of ASCII letters that an ASCII character ends, and no particle: no pattern to compile or run)
    const end = asciiRunEnd(text, m.e + 1);
    if (end > m.e + 1 && text.charCodeAt(end) < 128 && !rules.nameParticles.has(text.slice(m.e + 1, end).toLowerCase())) continue;
    const after = particleThenCapital(text.slice(m.e, m.e + 40));
    if (after && rules.nameParticles.has(after[0].toLowerCase())) out.add(after[1]);
  }
  return out;
}

/** "SD" and "South Dakota": an acronym no parenthesis defines, when exactly one name of the text has its letters as
 * initials ("CDPJ": with the name written after it, "Constitutional Democratic Party of Japan"), and that is no
 * person's. */
function mergeInitials(reg: Registry, rules: Rules) {
  const byInitials = new Map<string, PartyRecord[]>();
  const put = (key: string, f: PartyRecord) => { const l = byInitials.get(key) ?? []; if (!l.includes(f)) byInitials.set(key, [...l, f]); };
  for (const f of live(reg)) {
    const content = contentWords(f, rules);
    if (content.length < 2) continue;
    const key = content.map((w) => w[0]!).join('').toUpperCase();
    put(key, f);
    for (const of of ofAfter(reg.text, f, rules)) put(key + of, f);
  }
  for (const p of live(reg)) {
    if (p.parts.length !== 1 || p.name.length < 2 || p.name.length > 5 || !allUpper(p.name) || p.kind === 'country') continue;
    const full = byInitials.get(p.name);
    if (full?.length !== 1 || full[0] === p || kindOf(full[0]!, rules) === 'person') continue;
    // (the acronym's type was a guess from its shape: it does not change the name's)
    p.evidence = { person: 0, org: 0, place: 0, country: 0, group: 0 };
    p.votes = { PER: 0, ORG: 0, LOC: 0, n: 0 };
    reg.merge(p, full[0]!);
  }
}


/**
 * "el Parlamento" after "Parlamento de Grecia", "the University" after "University of Florida": a name the text
 * always writes after an article, that opens exactly one longer name of the text where a particle follows it, is
 * that one named short (a common noun heading it).
 */
function mergeHeadNouns(reg: Registry, rules: Rules) {
  const all = live(reg);
  for (const p of byMentions(all).reverse()) {
    if (p.kind === 'country' || p.mergedInto !== undefined || kindOf(p, rules) === 'person') continue;
    const k = p.parts.length;
    const full = all.filter((f) => f !== p && f.mergedInto === undefined && f.parts.length > k + 1 && kindOf(f, rules) !== 'person'
      && rules.nameParticles.has(f.parts[k]!) && !rules.conjunctions.has(f.parts[k]!) && p.parts.every((w, i) => f.parts[i] === w));
    if (full.length !== 1 || !p.mentions.every((m) => rules.determiners.has(wordBefore(reg.text, m.s)))) continue;
    // (of another type, it may be the thing the body is named after: "a Justiça" beside "Justiça do Trabalho")
    if (kindOf(p, rules) !== 'unknown' && kindOf(p, rules) !== kindOf(full[0]!, rules)) continue;
    // its mentions join the full name, not what was said of the common noun ("em a Justiça": no place)
    p.evidence = { person: 0, org: 0, place: 0, country: 0, group: 0 };
    p.votes = { PER: 0, ORG: 0, LOC: 0, n: 0 };
    reg.merge(p, full[0]!);
  }
}

/** Longer by at most this many words: a second surname ("Antonio Sanz Cabello"), a middle name. */
const MORE_NAMES = 2;

/** A word that makes a name something named after a person ("Roy Campanella Night", "… Foundation", "… Park"). */
const namesThing = (w: string, rules: Rules) => rules.eventHeads.has(w) || rules.dateHeads.has(w) || rules.orgHeads.has(w) || rules.placeHeads.has(w) || rules.facilities.has(w);

/** "Antonio Sanz" and "Antonio Sanz Cabello": a person's name of two words or more that opens exactly one longer
 * person's name of the text is that person named without a second surname (not "Donald Trump Jr.": his son). */
function mergeLongerNames(reg: Registry, rules: Rules) {
  const people = live(reg).filter((p) => p.parts.length >= 2 && kindOf(p, rules) === 'person');
  for (const p of people) {
    const k = p.parts.length;
    const full = people.filter((f) => f !== p && f.mergedInto === undefined && f.parts.length > k && f.parts.length <= k + MORE_NAMES
      && p.parts.every((w, i) => f.parts[i] === w) && f.parts.slice(k).every((w) => !namesThing(w, rules) && !isGenerational(w)));
    if (full.length === 1 && p.mergedInto === undefined) reg.merge(p, full[0]!);
  }
}

/** Where the text writes `w` as a word of its own or a compound's first part ("die Fed", "Fed-Vizechef"), and
 * whether mid-sentence. */
function clippedAt(text: string, w: string): { s: number; mid: boolean }[] {
  // (mid-sentence and alone: a compound's first part may be a common prefix, "Top-Teams")
  return wordsAt(text, w, true).map((s) => ({ s, mid: text[s + w.length] !== '-' && !/[.!?:"“„«]\s*$|^\s*$/.test(text.slice(Math.max(0, s - 3), s)) }));
}

/** Three letters, a capital then small ones ("Fed"), as `^\p{Lu}\p{Ll}+$` reads them. */
const clipping = (w: string) => upperAt(w, 0) && w.length > pointWidth(w, 0) && [...w.slice(pointWidth(w, 0))].every((c) => lowerAt(c, 0));

/**
 * "Federal Reserve", then "die Fed" again and again: a capitalised clipping of the first word of one organisation's
 * name of several words (its first three letters), that the text writes alone twice or more mid-sentence and never
 * in lower case, that opens no other organisation's name, is that organisation where no other mention holds it.
 */
function mergeClippings(reg: Registry, rules: Rules) {
  const orgs = live(reg).filter((p) => p.parts.length >= 2 && kindOf(p, rules) === 'organization');
  for (const p of orgs) {
    const first = p.name.split(' ')[0]!;
    // (three letters: a clipping of four is as often a word of its own, "Euro" of "Europäische Zentralbank")
    const w = first.slice(0, MERGE.clipping);
    if (first.length < MERGE.clipping + 3 || !clipping(w) || rules.functionWords.has(w.toLowerCase())) continue;
    if (wordsAt(reg.text, w.toLowerCase(), false, true).length || orgs.some((q) => q !== p && q.name.startsWith(w))) continue;
    // (not where a mention holds it: "Fed-Vize Barr" is Barr's)
    const at = clippedAt(reg.text, w).filter((c) => !reg.mentions.some((m) => m.s <= c.s && c.s < m.e));
    if (at.filter((c) => c.mid).length < 2) continue;
    for (const c of at) reg.mention(p, c.s, c.s + w.length, 'alias');
    p.aliases.add(w);
  }
}

/** Merge the variants of a name the text uses for one party. */
export function mergeVariants(reg: Registry, rules: Rules) {
  mergeNicknames(reg, rules);
  mergeParticleVariants(reg, rules);
  mergeClippings(reg, rules);
  mergeAcronymLed(reg, rules);
  mergeInitials(reg, rules);
  mergeHeadNouns(reg, rules);
  mergeLongerNames(reg, rules);
}
