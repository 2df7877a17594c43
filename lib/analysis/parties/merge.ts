// Short forms to full names: a surname ("Keller") to the person with that last name mentioned nearest before it
// ("Maria Keller", not "Tom Keller" when he came last), an organisation's first or last word ("Veridian") to the
// organisation, a name that is another party's alias to that party. Indexed by word, so linear in the mentions.

import type { Rules } from '../../rules/languages';
import { ageOf } from './namesakes';
import { isOrgHead, isTitleWord } from './lexicon';
import { kindOf } from './kinds';
import { knownName } from './known-names';
import { norm, type Mention, type PartyRecord, type Registry } from './registry';
import { MERGE, PARTY_FILTER } from '../weights';
import { baseForm, caseStems, uninflected } from './case-endings';
import { wordBefore } from '../letters';
import { surnameWithoutArticle } from './surname-article';
import { opensDomain } from './settings';
import { regionNames } from '../../rules/regions';
import { phraseOf, shortens } from './shortened';
import { allLetters, upperRun } from '../text/props';
import { gazetteer } from './countries';
import { genitiveBase } from './genitive-base';

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau|Sr|Sra)\.?\s+/;

/**
 * Multi-word parties by the short forms they may go by: a person's last words ("Keller", "von der Leyen"), an
 * organisation's first or last word ("Veridian").
 */
function shortFormIndex(reg: Registry, rules: Rules, owned: Map<string, PartyRecord>, firsts: Set<PartyRecord>): Map<string, PartyRecord[]> {
  const index = new Map<string, PartyRecord[]>();
  const put = (k: string, p: PartyRecord) => { const l = index.get(k); if (!l) index.set(k, [p]); else if (!l.includes(p)) l.push(p); };
  for (const p of reg.live()) {
    // a paper goes by the head word of its name ("The Chronicle says" after "The San Francisco Chronicle")
    if (p.kind === 'media' && p.parts.length > 1 && rules.mediaHeads.has(p.parts[p.parts.length - 1]!)) put(p.parts[p.parts.length - 1]!, p);
    if (p.kind === 'country' || p.kind === 'media' || p.parts.length < 2 && !p.name.includes('-')) continue;
    const parts = p.parts.length > 1 ? p.parts : p.name.toLowerCase().split('-');
    if (p.kind === 'organization') {
      put(parts[0]!, p); put(parts[parts.length - 1]!, p);
      // "Disney" of "Walt Disney Co.": the word before the heads that end the name is the body's own, whatever
      // type a tagger gives it alone
      let k = parts.length - 1;
      while (k > 0 && isOrgHead(parts[k]!, rules)) k--;
      if (k > 0 && k < parts.length - 1) { put(parts[k]!, p); owned.set(parts[k]!, p); }
      continue;
    }
    for (let k = 1; k < parts.length; k++) put(parts.slice(parts.length - k).join(' '), p);
    // a body only the tagger typed may go by its first word too ("Real" of "Real Madrid"), where the text uses it
    // as a short form (shortened.ts)
    if (p.kind === 'unknown' && p.parts.length > 1 && kindOf(p, rules) === 'organization') { put(parts[0]!, p); firsts.add(p); }
    // "al-Scharaa" goes by "Scharaa" too (surname-article.ts)
    const bare = surnameWithoutArticle(p.name);
if (bare) put(bare, p);
  }
  return index;
}

/** The party's type is only an unsure tagger's guess: no evidence of the words in or around its name. */
const taggerGuess = (p: PartyRecord) => p.confidence < MERGE.crossKindConfidence && !p.capital
  && p.evidence.org <= 0 && p.evidence.place <= 0 && p.evidence.country <= 0 && p.evidence.group <= 0;

/** A short form links to an organisation only when of its kind, as far as both kinds are known ("Bush" is not
 * the "Bush administration", "Houston" not the "Houston Police"). */
function compatible(short: PartyRecord, full: PartyRecord, rules: Rules): boolean {
  const a = kindOf(short, rules), b = kindOf(full, rules);
  if (a === 'unknown' || b === 'unknown' || a === b) return true;
  // a capital is the city, not a namesake's surname ("in Washington, D.C." after George Washington)
  if (short.capital) return false;
  // a person's surname alone is that person whatever a tagger makes of it ("Vanderauwera" is no place)
  if (b === 'person' && a !== 'country') return true;
  // kinds apart: only when the short form's type is a guess (a tagger unsure of it, or no tagger), or the full name's
  return short.confidence < MERGE.crossKindConfidence || surnameOfUnsure(short, full, rules);
}

/** "Ada Ben-Lev" read once, unsure, as a body, and "Ben-Lev" more surely as someone: a given name the data knows and
 * that surname make the full name that person's, whatever the tagger guessed of it. */
function surnameOfUnsure(short: PartyRecord, full: PartyRecord, rules: Rules): boolean {
  return kindOf(short, rules) === 'person' && kindOf(full, rules) !== 'person' && short.parts.length === 1
    && full.parts.length === 2 && full.parts[1] === short.parts[0] && knownName(full.parts[0]!, rules)
    && full.confidence < MERGE.crossKindConfidence && full.confidence < short.confidence;
}

/** Offsets of a party's mentions, sorted; the latest before a position by binary search. */
function lastBefore(sorted: number[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! < pos) lo = mid + 1; else hi = mid; }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

/** Link the mentions of short forms (one word, or a person's last words) to the full names they stand for. */
export function linkShortForms(reg: Registry, rules: Rules) {
  const owned = new Map<string, PartyRecord>(), firsts = new Set<PartyRecord>();
  const index = shortFormIndex(reg, rules, owned, firsts);
  const firstNames = new Map<string, PartyRecord[]>();
  for (const f of reg.live()) for (const k of goesBy(f, rules)) firstNames.set(k, [...(firstNames.get(k) ?? []), f]);
  const aliasOwner = new Map<string, PartyRecord>();
  for (const p of reg.live()) for (const a of p.aliases) if (!aliasOwner.has(a.toLowerCase())) aliasOwner.set(a.toLowerCase(), p);
  for (const p of reg.live()) {
    const key = p.parts.join(' ');
    // a country or a federation's state is no short form: "Montana" is not the "Montana Freedom Caucus"
    // (nor one word of a common phrase a name was made of: "Pacific halibut", shortened.ts)
    if (!p.mentions.length || p.kind === 'country' || (p.kind === 'place' && regionNames().has(key)) || phraseOf(reg, p)) continue;
    const owner = aliasOwner.get(key);
    if (owner && owner !== p && owner.mergedInto === undefined) { reg.merge(p, owner); continue; }
    // a multi-word short form stands only for a person's name it ends ("Von der Leyen")
    const candidates = (index.get(key) ?? []).filter((f) => f !== p && f.parts.length > p.parts.length && (p.parts.length === 1 || f.kind !== 'organization') && (compatible(p, f, rules) || owned.get(key) === f)
      && (!firsts.has(f) || f.parts[0] !== key || shortens(reg, p, f, rules)));
    // (the full name of a surname it takes is a person's: surnameOfUnsure)
    for (const f of candidates) if (surnameOfUnsure(p, f, rules)) f.kind = 'person';
    if (candidates.length) { linkMentions(reg, rules, p, candidates, key); continue; }
    const byFirst = firstNameOf(p, firstNames.get(p.parts[0]!) ?? [], rules);
    if (byFirst) { reg.merge(p, byFirst); continue; }
    const titled = titledSurname(reg, p, index, rules);
    // the tagger's type for a title and a surname ("MEC Mamabolo": organisation) says nothing of the person
    if (titled) { for (const k of Object.keys(p.votes) as (keyof typeof p.votes)[]) p.votes[k] = 0; reg.merge(p, titled); }
  }
}

/**
 * "Kontrolleur Hafele" after "Chefkontrolleur Mathias Hafele", "MEC Mamabolo" after "Jacob Mamabolo": a title and a
 * surname are the one person named in full with that surname, when the first word is no given name: a role word of
 * the language, an acronym, or a word the text wrote as a role right before the full name. Another person of that
 * surname, or a first word that is the given name of someone named in full, leaves both apart; so does a full name
 * the text gives only after the titled one (the full name comes first: "AEK Atena, Panathinaikos Atena" are clubs).
 */
function titledSurname(reg: Registry, p: PartyRecord, index: Map<string, PartyRecord[]>, rules: Rules): PartyRecord | null {
  if (p.parts.length !== 2 || kindOf(p, rules) === 'place' || kindOf(p, rules) === 'country') return null;
  const [title, surname] = p.parts as [string, string];
  const full = (index.get(surname) ?? []).filter((f) => f !== p && f.mergedInto === undefined && f.parts.length >= 2
    && f.parts[f.parts.length - 1] === surname && kindOf(f, rules) === 'person');
  if (full.length !== 1 || full[0]!.parts.includes(title)) return null;
  const first = (q: PartyRecord) => Math.min(...q.mentions.map((m) => m.s));
  // (a standfirst may name the titled one first: "MEC Mamabolo urged…", then "MEC for …, Jacob Mamabolo": an
  // acronym title written in the sentence that gives the full name joins them)
  const written = p.name.split(/\s+/)[0]!;
  if (first(full[0]!) > first(p) && !(upperRun(written, 2, 6) && titleBefore(reg, written, full[0]!))) return null;
  if (reg.live().some((f) => f !== p && f.parts.length >= 2 && f.parts[0] === title)) return null;
  return isTitle(reg, title, written, full[0]!, rules) ? full[0]! : null;
}

/** The title is written, as a word opening a role's domain, earlier in a sentence that names the person in full
 * ("MEC for …, Jacob Mamabolo"; not "the SDP leader, Davor …"). */
function titleBefore(reg: Registry, title: string, f: PartyRecord): boolean {
  return f.mentions.some((m) => {
    const before = reg.text.slice(Math.max(0, m.s - MERGE.titleReach), m.s);
    const at = before.lastIndexOf(title);
    return at >= 0 && !/\p{L}/u.test(before[at - 1] ?? '') && opensDomain(before.slice(at + title.length)) && !/[.!?]\s/.test(before.slice(at));
  });
}

/** A title, not a given name: a role or honorific of the language, an acronym, or part of the word before the full
 * name. */
function isTitle(reg: Registry, title: string, written: string, f: PartyRecord, rules: Rules): boolean {
  if (isTitleWord(written, rules) || upperRun(written, 2, 6)) return true;
  if (title.length < 4) return false;
  for (const m of f.mentions) {
    const before = /(\S+)\s+$/.exec(reg.text.slice(Math.max(0, m.s - 40), m.s))?.[1]?.toLowerCase();
    if (before && before.includes(title)) return true;
  }
  return false;
}

/** A quoted word between a name's first and last is a nickname: "Samson ‘John’ Tollet" goes by "John". The word
 * inside the marks, as `/^[‘“"'«„‹](\p{L}+)[’”"'»“›]$/u` gave it, by a scan (the pattern was compiled on most pages). */
export function nickname(w: string): string | null {
  return w.length > 2 && '‘“"\'«„‹'.includes(w[0]!) && '’”"\'»“›'.includes(w.at(-1)!) && allLetters(w.slice(1, -1)) ? w.slice(1, -1) : null;
}

/** The one-word names a person named in full goes by: the first, a quoted nickname, and any other word of the name
 * but the last (already a surname: shortFormIndex) that is no particle: "Lula" of "Luiz Inácio Lula da Silva". Not
 * where the name ends on a country or capital the gazetteer knows: "Femke Halsema van Amsterdam" is a name read one
 * word too far (her town), and "Halsema" a surname, not a middle name. */
function goesBy(f: PartyRecord, rules: Rules): string[] {
  if (f.parts.length < 2) return [];
  const gaz = gazetteer(rules.lang), last = norm(f.parts.at(-1)!);
  const placeEnd = gaz.names.has(last) || gaz.capitals.has(last);
  const inner = placeEnd ? [] : f.parts.slice(1, -1).filter((w) => w.length > 2 && !rules.nameParticles.has(w) && !rules.functionWords.has(w));
  return [f.parts[0]!, ...f.parts.slice(1, -1).flatMap((w) => nickname(w) ?? []), ...inner];
}

/**
 * "Gary walks out" after "Gary Heidnik": a one-word name that is the first name of exactly one person named in full
 * (and of nobody else) is that person. A body or a place is not, unless only an unsure tagger made it one ("für
 * Hillary" read as a body beside "Hillary Clinton"): no head word, no context said so.
 */
function firstNameOf(p: PartyRecord, full: PartyRecord[], rules: Rules): PartyRecord | null {
  if (p.parts.length !== 1) return null;
  const kind = kindOf(p, rules), live = full.filter((f) => f !== p && f.mergedInto === undefined);
  if (live.length !== 1 || kindOf(live[0]!, rules) !== 'person') return null;
  // (a guess against a guess is none: the full name must be one the tagger read as someone's, "Itaipu Binacional" at
  // 0.33 is a company)
  if ((kind === 'organization' || kind === 'place') && !(taggerGuess(p) && live[0]!.confidence >= PARTY_FILTER.unsurePerson)) return null;
  return live[0]!;
}

/** An article right before the position: a common one of the languages, or one of the text's own language ("ao
 * Instituto", "del Parlamento": its determiners and their contractions). */
const articleBefore = (text: string, s: number, rules: Rules) => /\b(?:the|la|le|l’|il|die|der|das|el|de)\s*$/i.test(text.slice(Math.max(0, s - 5), s))
  || rules.determiners.has(wordBefore(text, s)) || rules.articleContractions.has(wordBefore(text, s));

/** The word ends the name after a particle ("Gobierno" of "Presidencia del Gobierno"): the complement, not the head. */
const complementIn = (f: PartyRecord, key: string, rules: Rules) => {
  const i = f.parts.lastIndexOf(key);
  return i > 0 && (rules.nameParticles.has(f.parts[i - 1]!) || rules.functionWords.has(f.parts[i - 1]!) || rules.articleContractions.has(f.parts[i - 1]!));
};

function linkMentions(reg: Registry, rules: Rules, p: PartyRecord, candidates: PartyRecord[], key: string) {
  const moved = new Set<Mention>();
  // the candidates' own mentions, and the latest short form linked to each so far (mentions go in text order)
  const own = candidates.map((f) => f.mentions.map((m) => m.s).sort((a, b) => a - b));
  const lastLinked = candidates.map(() => -1), links = candidates.map(() => 0);
  const headOnly = isOrgHead(key, rules);
  const unsaid = new Set<Mention>();
  for (const m of [...p.mentions].sort((a, b) => a.s - b.s)) {
    const aged = ageOf(reg, rules, m, candidates);
    if (aged !== undefined) { if (aged >= 0) { attach(reg, p, candidates[aged]!, m); moved.add(m); } else unsaid.add(m); continue; }
    let best = -1, bestPos = -2;
    const fits: number[] = [];
    // a titled surname ("Adv Tšosane") is the one the text gave that title ("Advocate Mokitimi Tšosane"), not the
    // parents named beside them; a title no full name had ("Mr") leaves the choice to nearness
    const same = candidates.map((f) => sameTitle(m, f));
    const titled = same.some(Boolean);
    for (let k = 0; k < candidates.length; k++) {
      if (titled && !same[k]) continue;
      // "Lady Starmer" is not "Keir Starmer" (Sir Keir): a title's gender against the full name's
      if (m.gender && genderOfParty(candidates[k]!) && genderOfParty(candidates[k]!) !== m.gender) continue;
      // an organisation's head word alone ("Union") links only after an article: "the Union", "ao Instituto"
      // (and never to a name it ends as the complement of a particle: "el Gobierno" is no "Presidencia del Gobierno")
      if (headOnly && candidates[k]!.kind === 'organization' && (!articleBefore(reg.text, m.s, rules) || complementIn(candidates[k]!, key, rules))) continue;
      fits.push(k);
      const pos = Math.max(lastBefore(own[k]!, m.s), lastLinked[k]!);
      if (pos > bestPos) { best = k; bestPos = pos; }
    }
    if (best < 0) continue;
    best = established(links, best, fits);
    lastLinked[best] = m.s;
    links[best] = links[best]! + 1;
    attach(reg, p, candidates[best]!, m);
    moved.add(m);
  }
  p.mentions = p.mentions.filter((m) => !moved.has(m));
  // ("the elder Soros" where the text does not say which: no one's, and no party of its own)
  if (p.mentions.length && p.mentions.every((m) => unsaid.has(m))) reg.drop(p);
  if (!p.mentions.length) p.mergedInto = moved.size ? [...moved][0]!.party : candidates[0]!.id;
  else namesake(reg, p);
}

/**
 * "Hendel … Hendel … seine Frau, Kristina Hendel, … hat Hendel erzählt": a surname the text has already given to one
 * person stays theirs when a namesake comes in later and has never been called by it alone; the writer tells the
 * newcomer apart by other words. Else the nearest (`near`), among the candidates that fit the mention (`fits`).
 */
function established(links: number[], near: number, fits: number[]): number {
  if (links[near]! > 0) return near;
  const held = fits.find((k) => k !== near && links[k]! >= ESTABLISHED_LINKS);
  return held ?? near;
}
const ESTABLISHED_LINKS = 2;

/** "Lady Starmer" beside "Sir Keir Starmer": a surname left apart for its title's gender keeps that title in its
 * name, so that the reader tells the two apart. */
function namesake(reg: Registry, p: PartyRecord) {
  const t = p.mentions[0]!.titles?.[0];
  if (!t || p.parts.length !== 1 || !p.mentions.every((m) => m.gender && m.titles?.[0] === t)) return;
  const before = (m: Mention) => /(\p{L}+\.?)\s+$/u.exec(reg.text.slice(Math.max(0, m.s - 20), m.s));
  const written = before(p.mentions[0]!)?.[1];
  if (!written || written.toLowerCase().replace(/\.$/, '') !== t) return;
  reg.rename(p, `${written} ${p.name}`);
  // (the mentions take the title in, so that the text writes the name shown)
  for (const m of p.mentions) { const b = before(m); if (b?.[1] === written) m.s -= b[0].length; }
}

/** The gender a party's titles or roles say, if any. */
const genderOfParty = (f: PartyRecord) => f.gender ?? f.mentions.find((x) => x.gender)?.gender;

/** The full name f was written with a title of mention m, or one that m abbreviates ("Adv" of "Advocate"). */
function sameTitle(m: Mention, f: PartyRecord): boolean {
  const own = m.titles ?? [];
  return own.length > 0 && f.mentions.some((x) => (x.titles ?? []).some((t) => own.some((o) => t === o || (o.length >= 3 && t.startsWith(o)))));
}

/** Give mention m of the short form p to the full name f. */
function attach(reg: Registry, p: PartyRecord, f: PartyRecord, m: Mention) {
  m.party = f.id;
  f.mentions.push(m);
  const written = reg.text.slice(m.s, m.e);
  f.aliases.add(written.replace(HONORIFIC, '') === p.name ? p.name : written);
  if (m.gender) f.gender ??= m.gender;
  for (const r of m.roleWords ?? []) f.roleWords.add(r);
  if (p.evidence.person > 0 && f.kind === 'unknown') f.evidence.person += p.evidence.person;
  f.confidence = Math.max(f.confidence, p.confidence);
}

/** "Hessens" with "Hessen", "des Bundes" with "Bund": a name with a case ending is the party named without it; one
 * word so ending, the one person named in full with that surname ("In Schwabs Schule" after "Gabi Schwab"). */
export function mergeInflected(reg: Registry, rules: Rules) {
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  if (rules.nameEndings.length) mergedInflected(reg, rules);
}

function mergedInflected(reg: Registry, rules: Rules) {
  for (const p of reg.live()) {
    if (!p.mentions.length) continue;
    const stems = caseStems(p.name, rules.nameEndings);
    const stem = stems.map((n) => reg.find(n)).find((s) => s && s.id !== p.id && s.mergedInto === undefined) ?? surnameOf(reg, p, stems, rules);
    if (stem) { reg.merge(p, stem); continue; }
    // "Hillary Clintons Verweis", then "laut Clinton": a full name in the genitive whose base form ends with a
    // person's surname the text writes alone goes by that base form (the surname then links to it: linkShortForms)
    const base = p.parts.length >= 2 ? stems.find((n) => { const q = reg.find(n.split(/\s+/).pop()!); return !!q && q !== p && kindOf(q, rules) === 'person'; }) : undefined;
    if (base) { reg.rename(p, base); p.aliases.delete(base); continue; }
    // "Lateinamerikas", "Barack Obamas Rettungsaktion": the base form when the text, the gazetteer or the noun after
    // it evidences one (genitive-base.ts); the -s form is no alias
    const own = genitiveBase(reg, p, stems, rules, gazetteer(rules.lang));
    if (own) { reg.rename(p, own); p.aliases.delete(own); }
  }
}

/** "Islamischen Republik" with "Islamische Republik": names of several words that differ by their adjectives' case
 * endings alone are one party, the one the text names most. */
export function mergeInflectedAdjectives(reg: Registry, rules: Rules) {
  const byKey = new Map<string, PartyRecord>();
  // (the most named first, then the shorter: the uninflected form where they tie)
  const live = reg.live().filter((p) => p.mentions.length).sort((a, b) => b.mentions.length - a.mentions.length || a.name.length - b.name.length);
  for (const p of live) {
    const key = uninflected(p.name, rules.adjectiveInflections);
    if (!key) continue;
    const first = byKey.get(key);
    if (first) reg.merge(p, first);
    else byKey.set(key, p);
  }
}

/**
 * "der Schweizerischen Volkspartei": a name whose adjectives carry an oblique case's ending goes by the form the text
 * writes in the nominative (one of its aliases), else by its base form when the text writes it only after articles
 * of those cases (a plural's nominative keeps that ending: "die Vereinten Nationen" stays).
 */
export function baseNames(reg: Registry, rules: Rules) {
  for (const p of reg.live()) {
    const base = rules.obliqueAdjectives.length && p.kind !== 'country' ? baseForm(p.name, rules.obliqueAdjectives) : null;
    if (!base || !p.mentions.length) continue;
    const own = p.mentions.filter((m) => norm(reg.text.slice(m.s, m.e)) === norm(p.name));
    const nominative = [...p.aliases].find((a) => norm(a) === norm(base));
    if (!nominative && !own.every((m) => rules.obliqueArticles.has(wordBefore(reg.text, m.s)))) continue;
    const old = p.name;
    reg.rename(p, nominative ?? base);
    p.aliases.delete(p.name);
    p.aliases.add(old);
  }
}

/** The one person named in full whose surname, or the surname of another full name the text gives them ("Mirsad
 * Omerovic alias Ebu Tejma": "Ebu Tejmas Predigten"), is the word without its case ending. */
function surnameOf(reg: Registry, p: PartyRecord, stems: readonly string[], rules: Rules): PartyRecord | undefined {
  if (p.parts.length !== 1 || !stems.length) return undefined;
  const keys = new Set(stems.map(norm));
  const surnames = (f: PartyRecord) => [f.parts, ...[...f.aliases].map((a) => norm(a).split(' '))].filter((ws) => ws.length >= 2).map((ws) => ws[ws.length - 1]!);
  const full = reg.live().filter((f) => f !== p && surnames(f).some((w) => keys.has(w)) && kindOf(f, rules) === 'person');
  return full.length === 1 ? full[0] : undefined;
}
