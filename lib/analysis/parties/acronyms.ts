// Names the text defines: "Long Name (ACR)" makes ACR an alias of the long name, "X, also known as Y" makes Y one of X.

import type { Rules } from '../../rules/languages';
import { EVIDENCE } from '../weights';
import type { Gazetteer } from './countries';
import { norm, type PartyRecord, type Registry } from './registry';
import { LETTER, isLower, isUpper, startsUpper } from '../letters';
import { isOrgHead, roleOf } from './lexicon';
import { regionNames } from '../../rules/regions';
import { kindOf } from './kinds';
import { wordsThenParens } from './paren-acronyms';
import { isSpaceCode, upperRun } from '../text/props';
import { escapeRegExp } from '../../chars';

const ELISION = /^(?:l|d|qu|j|n|s|c|m|t|dell|all|nell|sull|dall|un|quell)['’](?=[^\s'’])/i;
/** Upper-case letters and digits of an acronym ("I.E.A." → "IEA"). */
const core = (acr: string) => [...acr.toUpperCase()].filter((c) => isUpper(c) || (c >= '0' && c <= '9')).join('');
const LEADING_ARTICLE = /^(?:The|Die|Der|Das|La|Le|Il|Lo|El|Los|Las|Les|De|Het|O|A|Os|As)\s/;

/** Letters of an acronym matched against the words of a name, each word giving at least its initial, in order. */
export function acronymFits(acr: string, words: string[], rules: Rules): boolean {
  const own = words.filter((w) => !rules.nameParticles.has(w.toLowerCase()) && !rules.functionWords.has(w.toLowerCase()));
  // Or without its words in lower case: a name in another language than the text ("European Center for
  // Constitutional and Human Rights (ECCHR)" in German) has function words the text's language does not list.
  // Tried second, as some languages write a name's content words in lower case ("Associazione proprietari
  // affitti brevi (APAB)").
  return initialsFit(core(acr), own) || initialsFit(core(acr), own.filter((w, i) => i === 0 || !isLower(w[0]!)));
}

/** Upper case without accents: "Área" gives the A of "AML". */
const bareUpper = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

function initialsFit(A: string, sig: string[]): boolean {
  if (!sig.length || sig[0]![0]!.toUpperCase() !== A[0]) return false;
  const parts = sig.flatMap((w) => w.split(/[-’']/).filter(Boolean)).map((w) => w.toUpperCase());
  if (parts.length > 12) return false;
  const fit = (ai: number, wi: number): boolean => {
    if (wi === parts.length) return ai === A.length;
    if (ai >= A.length) return false;
    const w = parts[wi]!;
    if (w[0] !== A[ai]) return /^(D|L)$/.test(w) ? fit(ai, wi + 1) : false;
    if (fit(ai + 1, wi + 1)) return true;
    // further letters of the same word ("Bundesverband Deutscher" → BVD… "BDZV")
    let k = 1, a = ai + 1;
    while (a < A.length) {
      k = w.indexOf(A[a]!, k);
      if (k < 0) return false;
      a++; k++;
      if (fit(a, wi + 1)) return true;
    }
    return false;
  };
  return fit(0, 0);
}

/** Looser, for names all of whose words are capitalised: the letters in order, most initials among them. */
function acronymFitsLoosely(acr: string, words: string[], rules: Rules): boolean {
  if (!words.every((w) => startsUpper(w) || rules.nameParticles.has(w.toLowerCase()))) return false;
  const A = core(acr);
  const sig = words.filter((w) => !rules.nameParticles.has(w.toLowerCase()));
  if (!sig.length || sig[0]![0]!.toUpperCase() !== A[0]) return false;
  const flat = words.join(' ').toUpperCase();
  let k = 0;
  for (const ch of A) { k = flat.indexOf(ch, k); if (k < 0) return false; k++; }
  return sig.filter((w) => A.includes(w[0]!.toUpperCase())).length >= Math.min(sig.length, A.length) - 1;
}

/** The name an acronym in parentheses at `at` stands for: the longest fitting run of words before it. */
function definedName(text: string, at: number, acr: string, rules: Rules): string | null {
  const words = text.slice(Math.max(0, at - 200), at).replace(/\s+$/, '').split(/\s+/);
  let best: string[] | null = null, listed = false;
  for (let n = 1; n <= Math.min(9, words.length); n++) {
    // ("Center for Intelligence, Propaganda and Security Studies (ACIPSS)": past a comma, only every initial in order)
    if (n > 1 && /,$/.test(words[words.length - n]!)) listed = true;
    else if (n > 1 && /[.;:!?)]$/.test(words[words.length - n]!)) break;
    const span = words.slice(words.length - n).map((w) => w.replace(ELISION, '').replace(/^[“"«„(]+/, ''));
    // A name opens with a word of its own or an article (taken off below), not another capitalised function word
    // ("Zudem hat der Internationale …").
    if (!startsUpper(span[0]!) || (n > 1 && rules.functionWords.has(span[0]!.toLowerCase()) && !LEADING_ARTICLE.test(span.join(' ')))) continue;
    if (acronymFits(acr, span, rules) || (!listed && acronymFitsLoosely(acr, span, rules))) best = span;
  }
  best ??= foreignLongForm(words, acr, rules);
  if (!best) return null;
  // "the United Nations’ (UN) top court": the possessive is no part of the name
  return best.join(' ').replace(/[’']s?$/, '').replace(LEADING_ARTICLE, '');
}

/**
 * "Netherlands Organisation for Applied Scientific Research (TNO)": an acronym of the name in another language (the
 * Dutch one) spells none of its initials. Three capitalised words or more right before it, joined by function words
 * only and holding an organisation's head, are its long form all the same (a person's name holds no such head:
 * "Anna Berg (SPD)" is her party).
 */
function foreignLongForm(words: string[], acr: string, rules: Rules): string[] | null {
  if (!/^\p{Lu}{3,6}$/u.test(acr)) return null;
  let k = words.length;
  while (k > 0 && (startsUpper(words[k - 1]!) || rules.functionWords.has(words[k - 1]!) || rules.nameParticles.has(words[k - 1]!)) && !/[^\p{L}\p{N}-]$/u.test(words[k - 1]!)) k--;
  // the name opens at its head, or at most two capitalised words before it ("Netherlands Organisation for …"; not
  // "Klimaforscher Helge Gößling vom Alfred-Wegener-Institut für …")
  const h = words.findIndex((w, i) => i >= k && isOrgHead(w, rules));
  if (h < 0) return null;
  let s = h;
  while (s > k && s > h - 2 && startsUpper(words[s - 1]!) && !rules.functionWords.has(words[s - 1]!.toLowerCase())) s--;
  const span = words.slice(s);
  // (an acronym whose first letter opens a word of the name is of the name's own language, unfit: "Assembleia da
  // Área Metropolitana de Lisboa (AML)")
  if (span.some((w) => bareUpper(w[0]!) === acr[0])) return null;
  return span.filter(startsUpper).length >= 3 ? span : null;
}

/** The name written without spaces right before an acronym in parentheses: "日本バレーボール協会（JVA）". */
function cjkLongForm(text: string, at: number): string | null {
  let s = at;
  while (s > 0 && /[\u4E00-\u9FFF\u30A0-\u30FF\uAC00-\uD7AF・ー]/.test(text[s - 1]!) && at - s < 24) s--;
  return at - s >= 2 ? text.slice(s, at) : null;
}

/** "District Administrator (DA)", "Chief Information Officer (CIO)": a long form ending in a role, with no body's head
 * in it, names an office, not a body: its acronym is defined (no party of its own), the office shown only if it
 * speaks (offstory.ts). A place's office ("New York State Attorney General (NYAG)") is that place's institution. */
const office = (name: string, rules: Rules, gaz: Gazetteer) => {
  const words = name.split(/\s+/);
  const place = (k: number) => [1, 2].some((n) => k + n <= words.length && placeKnown(norm(words.slice(k, k + n).join(' ')), gaz));
  return words.length > 1 && !!roleOf(words[words.length - 1]!, rules) && !words.some((w, k) => isOrgHead(w, rules) || place(k));
};
const placeKnown = (k: string, gaz: Gazetteer) => gaz.names.has(k) || gaz.capitals.has(k) || regionNames().has(k);

/** Acronyms defined in parentheses, each made an alias of its party (a country when the gazetteer knows it); not
 * `terms`, those the text spells out as a common noun phrase (term-acronyms.ts): they name no party. */
export function definedAcronyms(reg: Registry, rules: Rules, gaz: Gazetteer, country: (code: string) => PartyRecord, terms: ReadonlySet<string> = new Set()): Map<string, PartyRecord> {
  const out = new Map<string, PartyRecord>();
  const re = /[(（]([^\s()（）]{2,9})[)）]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(reg.text))) {
    const acr = m[1]!;
    const ups = [...acr].filter(isUpper).length;
    if (!startsUpper(acr) || /[^\w&.\-\u00C0-\uFFFF]/.test(acr) || (ups < 2 && !(acr.length <= 4 && [...acr.slice(1)].every(isLower))) || terms.has(acr)) continue;
    const name = definedName(reg.text, m.index, acr, rules) ?? cjkLongForm(reg.text, m.index);
    if (!name) continue;
    const code = gaz.names.get(norm(name));
    const p = code ? country(code) : reg.add(name, 'organization');
    if (!code) p.evidence.org += EVIDENCE.gazetteer;
    if (!code && office(name, rules, gaz)) p.offStory = 'noun';
    p.aliases.add(acr);
    out.set(acr.toUpperCase(), p);
    const s = reg.text.lastIndexOf(name, m.index);
    if (s >= 0) reg.mention(p, s, s + name.length, 'alias');
  }
  acronymsFirst(reg, rules, gaz, out);
  return out;
}

/** "Isis (Institute of Strategic and International Studies)": an acronym-like word, then in parentheses the name
 * whose initials it spells, makes the same party as the other way round. */
function acronymsFirst(reg: Registry, rules: Rules, gaz: Gazetteer, out: Map<string, PartyRecord>) {
  for (const m of wordsThenParens(reg.text)) {
    const acr = m.word, name = m.inner.trim(), words = name.split(/\s+/);
    // (not a plural, "DSPs (Demand Side Platforms)": a class of things)
    if (out.has(acr.toUpperCase()) || /\p{Lu}s$/u.test(acr) || words.length < 2 || !startsUpper(name) || gaz.names.has(norm(acr)) || !acronymFits(acr, words, rules)) continue;
    if (!words.every((w) => startsUpper(w) || rules.functionWords.has(w.toLowerCase()) || rules.nameParticles.has(w.toLowerCase()))) continue;
    const p = reg.add(name, 'organization');
    p.evidence.org += EVIDENCE.gazetteer;
    p.aliases.add(acr);
    out.set(acr.toUpperCase(), p);
    const s = m.innerStart + m.inner.indexOf(name);
    reg.mention(p, m.index, m.index + acr.length, 'alias');
    reg.mention(p, s, s + name.length, 'alias');
  }
}

/** "Datuk Faiz (Prof Datuk Mohd Faiz Abdullah)": a one-word name right before a parenthesis that opens with a longer
 * name holding that word is that name's short form (an alias: linkShortForms then merges the two). */
export function bracketedNames(reg: Registry) {
  reg.seal();
  const ms = reg.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!, b = ms[i + 1]!, p = reg.get(a.party), q = reg.get(b.party);
    if (p === q || p.parts.length !== 1 || q.parts.length < 2 || !q.parts.includes(p.parts[0]!)) continue;
    const gap = reg.text.slice(a.e, b.s);
    // (titles may stand between the bracket and the name: "(Prof Datuk Mohd …")
    if (/^\s*[(（][\p{L}.'’ ]{0,30}$/u.test(gap) && /^[)）]/.test(reg.text.slice(b.e, b.e + 1))) q.aliases.add(p.name);
  }
}

/**
 * "des Schweizer Nachrichtendienstes (NDB)": an acronym alone in parentheses right after a body's name of several
 * words is its short form, even when it spells the name of another language ("Nachrichtendienst des Bundes"): one of
 * the name's words opens with its first letter. A person's or a place's bracket is a party or an agency ("Anna Berg
 * (SPD)", "Berlin (dpa)"), so only names that read as a body's take it.
 */
export function bracketedAcronyms(reg: Registry, rules: Rules) {
  reg.seal();
  const ms = reg.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!, b = ms[i + 1]!, p = reg.get(a.party), q = reg.get(b.party);
    const acr = reg.text.slice(b.s, b.e);
    if (p === q || p.parts.length < 2 || q.parts.length !== 1 || !upperRun(acr, 2, 6) || p.aliases.has(acr)) continue;
    if (!/^\s*[(（]$/u.test(reg.text.slice(a.e, b.s)) || !/^[)）]/.test(reg.text.slice(b.e, b.e + 1))) continue;
    if (kindOf(p, rules) !== 'organization' || !['organization', 'unknown'].includes(q.kind) || reg.text.slice(a.s, a.e).split(/[\s-]+/).every((w) => bareUpper(w[0] ?? '') !== acr[0])) continue;
    reg.merge(q, p);
  }
}

/** "Isis" defined as "Isis (Institute of …)": an acronym written as a word (one capital) that the text defines. */
export const wordAcronymDefined = (acronyms: ReadonlyMap<string, PartyRecord>, t: string) =>
  [...t].filter(isUpper).length === 1 && !!acronyms.get(t.toUpperCase())?.aliases.has(t);

/** The phrases that introduce another name, in AKA's order. */
const AKA_PHRASES = ['also known as', 'known as', 'aka', 'a.k.a.', 'also called', 'dit', 'detto', 'genannt', 'alias', 'conocido como', 'conhecido como'];
const AKA = new RegExp(`(?:^|[^\\w])(?:${AKA_PHRASES.map(escapeRegExp).join('|')})\\s+(?:the\\s+|les?\\s+|la\\s+|il\\s+|die\\s+|der\\s+)?((?:${LETTER}|[’'-])+(?:\\s+(?:${LETTER}|[’'-])+)*)`, 'g');
const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** One of the phrases stands in the text as AKA needs it: after a character that is not a word character (or at the
 * start) and before white space. Asked first, so that AKA, costly to compile on a cold page, runs only where it can
 * match. */
export function mayBeKnownAs(text: string): boolean {
  for (const phrase of AKA_PHRASES) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      if ((i === 0 || !isAsciiWordCode(text.charCodeAt(i - 1))) && isSpaceCode(text.charCodeAt(i + phrase.length))) return true;
    }
  }
  return false;
}

/** "X, also known as Y": Y becomes an alias of X (and a party already made for Y merges into X). */
export function knownAs(reg: Registry) {
  let m: RegExpExecArray | null;
  if (!mayBeKnownAs(reg.text)) return;
  AKA.lastIndex = 0;
  while ((m = AKA.exec(reg.text))) {
    // the capitalised words that open the phrase are the other name
    const words = m[1]!.split(/\s+/);
    const k = words.findIndex((w) => !startsUpper(w) || w.length < 2);
    const name = words.slice(0, k < 0 ? words.length : k).join(' ');
    if (!name) continue;
    const at = m.index + m[0].length - m[1]!.length;
    const prev = reg.lastBefore(at, 160, (p, x) => p.kind !== 'country' && x.e <= m!.index + 1);
    if (!prev || /[.!?]\s/.test(reg.text.slice(prev.e, m.index))) continue;
    const owner = reg.get(prev.party);
    owner.aliases.add(name);
    const dup = reg.find(name);
    if (dup && reg.get(dup.id) !== owner) reg.merge(reg.get(dup.id), owner);
  }
}
