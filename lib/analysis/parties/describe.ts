// Descriptions and role words from the words around a party's first mentions: appositions after the name ("Zabihullah
// Mujahid, the chief spokesman for the IEA,"), role phrases before it ("Its general counsel, Daniel Okafor,",
// "la sindaca Giulia Martelli"), and organisation nouns that type a name ("the operator, Northsound Ferries,").

import type { Rules } from '../../rules/languages';
import { EVIDENCE } from '../weights';
import { isTitleWord, roleOf, genderOf } from './lexicon';
import { LETTER, startsLower } from '../letters';

/** A word of letters, apostrophes and hyphens. */
const W = `(?:${LETTER}|[’'-])+`;
const ORG_BEFORE = new RegExp(`((?:${W}\\s+){1,4}${W})\\s*,\\s*$`);
// (the role's words stay on one line: a crosshead above is no part of it, "Pleas fall on deaf ears\n\nFormer area
// councillor, Seabata Moeketsi,")
const ROLE_BEFORE = new RegExp(`(?:^|[.;:!?][”"»’]?\\s+|\\n|,\\s+|\\bthat\\s+|\\bwith\\s+|\\bof\\s+)((?:${W}[^\\S\\n]+){0,7}${W}),\\s*$`);
const LOWER_AFTER = new RegExp(`^,\\s+(${LETTER}+)\\s`);
const ROLE_WORD_BEFORE = new RegExp(`(?:^|\\s)(${LETTER}(?:${LETTER}|-)+)\\s+$`);
const ROLE_PHRASE_BEFORE = new RegExp(`((?:${W}\\s+){0,3}${LETTER}(?:${LETTER}|-)+)\\s+$`);
import type { PartyRecord, Registry } from './registry';
import { genitiveRolePhrase } from './genitive-role';
import { isSpaceCode, upperAt } from '../text/props';

const LEAD_DET = /^(?:the|a|an|le|la|l’|l'|il|lo|der|die|das|el|los|las|o|os|as|de|het|den|det)\s+/i;

/** An apposition without the article that opens it: the above, or an article of an oblique case of the language
 * before its noun phrase ("Future Forward, dem führenden Super PAC": "führenden Super PAC"; "einer der Urväter" stays). */
function leadless(d: string, rules: Rules): string {
  const out = d.replace(LEAD_DET, '');
  const m = /^(\S+)\s+(\S+)/u.exec(out);
  if (!m || !rules.obliqueArticles.has(m[1]!.toLowerCase())) return out;
  const next = m[2]!.toLowerCase();
  return rules.determiners.has(next) || rules.functionWords.has(next) ? out : out.slice(m[1]!.length).trimStart();
}
const POSS_DET = /^(?:the|its|his|her|their|a|an|le|la|l’|l'|il|lo|der|die|das|el|un|une|suo|sua|son|sa|sein|seine|ihr|ihre|su|sus)\s+/i;
const APPOS_DET = /^(?:the|its|their|a|an|le|la|l’|l'|il|lo|der|die|das|el|un|une|o|a|de|het)$/i;
/** `/^,\s+\p{Lu}/u.test(t)` by the scanner's table (the pattern compiled on most cold pages). */
function nameNextIn(t: string): boolean {
  if (t[0] !== ',') return false;
  let k = 1;
  while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
  return k > 1 && upperAt(t, k);
}
const AGE = /^\d{1,3}(?:\s+(?:anni|ans|años|Jahre|years old|anos|jaar|år))?$/;
/** Words that open a clause or a verb phrase, not a description. */
const NOT_DESCRIPTION = new Set(['to', 'who', 'which', 'that', 'said', 'says', 'is', 'was', 'has', 'had', 'will', 'would', 'que', 'qui', 'der', 'die', 'das', 'welche']);
/** The text opens with one of them as a whole word: what `/^(?:to|who|…)\b/i` reads, without compiling it on a cold
 * page (its \b and its case folding are ASCII's: the word is the opening run of ASCII letters, digits and _). */
export function opensNotDescription(d: string): boolean {
  let j = 0;
  for (let c = d.charCodeAt(0); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = d.charCodeAt(++j));
  return j > 0 && NOT_DESCRIPTION.has(d.slice(0, j).toLowerCase());
}

/** A role word of the party's: kept for resolving "the minister" later, with the gender it says. */
function addRoleWord(p: PartyRecord, word: string, rules: Rules) {
  const role = roleOf(word, rules);
  if (!role) return;
  p.roleWords.add(word.toLowerCase());
  p.roleWords.add(role);
  const g = genderOf(word, rules);
  if (g === 'm' || g === 'f') p.gender ??= g;
}

/** "the operator", "a family-owned ferry company": a determiner, up to three modifiers and an organisation noun;
 * with `tail`, perhaps a phrase after it that a function word opens, where the noun phrase is in lower case ("the
 * company behind the spaceport", not "the University of California"). */
function orgApposition(d: string, rules: Rules, tail = false): boolean {
  let ws = d.trim().split(/\s+/);
  const cut = tail ? ws.findIndex((x, i) => i > 1 && rules.functionWords.has(x.toLowerCase())) : -1;
  if (cut > 0 && ws.slice(1, cut).every((x) => startsLower(x))) ws = ws.slice(0, cut);
  if (ws.length < 2 || ws.length > 5 || !APPOS_DET.test(ws[0]!)) return false;
  const head = ws[ws.length - 1]!.toLowerCase();
  return rules.orgNouns.has(head) && !ws.slice(1).some((x) => roleOf(x, rules) || isTitleWord(x, rules));
}

/** A phrase without the conjunctions and other function words a clause put before it ("but Valencia's mayor"). */
function trimLead(d: string, rules: Rules): string {
  const ws = d.split(/\s+/);
  let k = 0;
  while (k < ws.length - 1 && rules.functionWords.has(ws[k]!.toLowerCase())) k++;
  return ws.slice(k).join(' ');
}

const hasRole = (ws: string[], rules: Rules) => ws.some((x) => roleOf(x, rules) || isTitleWord(x, rules));

/** A clause, not a noun phrase: it holds an auxiliary or a verb of saying ("… have carried the news", "… a exposé"),
 * not right after a determiner (the lists hold adverbs too: "the first Republican mayor"). */
const isClause = (ws: string[], rules: Rules) => ws.some((x, i) => {
  const l = x.toLowerCase();
  return i > 0 && !rules.determiners.has(ws[i - 1]!.toLowerCase()) && (rules.auxiliaries.has(l) || rules.say.includes(l));
});

/** "confirmó ayer el presidente del Gobierno" → "el presidente del Gobierno": the phrase from the last determiner
 * that has a role word after it (the noun phrase next to the name), when one does. */
function lastRolePhrase(ws: string[], rules: Rules): string[] {
  for (let k = ws.length - 2; k >= 0; k--) {
    // (a determiner after a role word, or after one and a preposition, opens the role's complement, no phrase of its
    // own: "le porte-parole du président", "el presidente del Gobierno")
    if (rules.determiners.has(ws[k]!.toLowerCase()) && hasRole(ws.slice(k + 1), rules) && !hasRole(ws.slice(Math.max(0, k - 2), k), rules)) return ws.slice(k);
  }
  return ws;
}

const LAST_SENTENCE = /[.!?][”"»’]?\s+[^.!?]*$/;
const NON_LETTERS = new RegExp(`^(?:(?!${LETTER}).)+`);
const FIRST_WORD = /^\S+/;

/** "After Minnesota, the team flew…", "After the test at Utqiagvik, the priorities…": the name stands in a phrase a
 * preposition opens at the start of its sentence; the comma after it closes that phrase. */
function inFrontedPhrase(text: string, s: number, rules: Rules): boolean {
  const from = Math.max(0, s - 160), before = text.slice(from, s);
  const start = Math.max(before.lastIndexOf('\n') + 1, before.search(LAST_SENTENCE) + 1);
  if (start === 0 && from > 0) return false;
  // (phrases may follow one another: "In 2017, after years of tests in Minnesota, the team…")
  const opens = (x: string) => rules.openingPrepositions.has(FIRST_WORD.exec(x.replace(NON_LETTERS, ''))?.[0]?.toLowerCase() ?? '');
  const lead = before.slice(start);
  return opens(lead) && opens(lead.slice(lead.lastIndexOf(',') + 1));
}

const WORDS_BEFORE = new RegExp(`(?:${W}\\s+){0,8}$`);

/**
 * The phrase after a name's comma is no apposition of it: it opens with a relative word ("Europe, whose influx
 * rose"); it repeats a noun the words before the name hold, a phrase parallel to the one the name ends ("The
 * pathway to beating Donald Trump, the pathway to 270 votes"); or it stops at a thousands comma ("an estimated
 * 10,000").
 */
function notApposition(text: string, s: number, end: number, ws: string[], rules: Rules): boolean {
  const first = ws[0]!.toLowerCase();
  if (rules.clauseWords.has(first) && !rules.determiners.has(first)) return true;
  if (/^\d,\d/.test(text.slice(end - 1, end + 2))) return true;
  const before = text.slice(Math.max(0, s - 120), s);
  const sentence = before.slice(Math.max(0, before.search(LAST_SENTENCE) + 1));
  const prior = new Set((WORDS_BEFORE.exec(sentence)?.[0] ?? '').toLowerCase().split(/\s+/).filter((x) => x.length > 3 && !rules.functionWords.has(x)));
  return ws.slice(0, 3).some((x) => prior.has(x.toLowerCase()));
}

/** The phrase after a name's comma, up to the next stop, a parenthesis it does not close in a few words ("le nouveau
 * président du Medef (élu le 6 juillet)") or a relative word or verb of saying. An abbreviation's
 * dots stop nothing ("the U.S. attorney for…"); German relatives follow a comma, so "der" inside the phrase is an
 * article ("Leiter der Abteilung"). */
export const APPOSITION = /^,\s+((?:\b\p{Lu}\.(?:\p{Lu}\.)+|[^,.;:!?“”"«»()]){3,140}?(?:\([^)]{1,12}\)[^,.;:!?“”"«»()]{0,60})?)(?=[,.;:]|\s+\((?![^)]{1,12}\))|\s+(?:who|which|que|qui|che|said|told|sagte|a déclaré)\b)/u;

// The pattern without its initials ("U.S."), for a phrase where no capital stands before a dot: the same match (that
// alternative cannot match there), without compiling \p{Lu} on most cold pages.
const INITIALS = '\\b\\p{Lu}\\.(?:\\p{Lu}\\.)+|';
let withoutInitials: RegExp | null = null;

/** APPOSITION's match on `s`. */
export function appositionAt(s: string): RegExpExecArray | null {
  for (let k = s.indexOf('.'); k > 0; k = s.indexOf('.', k + 1)) {
    const c = s.charCodeAt(k - 1);
    if ((c >= 65 && c <= 90) || c >= 128) return APPOSITION.exec(s);
  }
  withoutInitials ??= new RegExp(APPOSITION.source.replace(INITIALS, ''), 'u');
  return withoutInitials.exec(s);
}

/** "Name, the chief spokesman for the IEA," / "Name, 34," / "Name, the ferry operator,". */
function after(reg: Registry, p: PartyRecord, s: number, e: number, rules: Rules) {
  if (reg.text.charCodeAt(e) !== 44) return; // (the apposition opens with a comma: most names have none after them)
  const am = appositionAt(reg.text.slice(e, e + 220));
  if (!am) return;
  const d = am[1]!.trim(), ws = d.split(/\s+/);
  // "Grupo de Madrid, convocada por el ministro X, José Manuel Albares": a phrase between two names is the role of
  // the name after it (before() gives it to that one), unless a role word opens it ("X, pareja de la presidenta, Y")
  const lead = ws[0]!.toLowerCase();
  // (where every noun is capitalised, the word after the comma must be a name found: "Jens Aberle, ärztlicher Leiter
  // der Sektion Endokrinologie, Stoffwechsel, …")
  const at = e + am[0].length;
  const nameNext = nameNextIn(reg.text.slice(at, at + 4)) && (!rules.nounsCapitalised || !!reg.firstAfter(at, 3, () => true));
  if (nameNext && !roleOf(lead, rules) && !isTitleWord(lead, rules)) return;
  if (orgApposition(d, rules, true)) {
    p.evidence.org += EVIDENCE.orgApposition;
    p.description ??= leadless(d, rules);
    return;
  }
  if (AGE.test(d)) { p.evidence.person += EVIDENCE.age; return; }
  // ("gifts from Lord Alli, Sir Keir said that …": a name the next clause's verb follows with no comma is that
  // clause's subject, no description of the name before)
  if (ws.every((x) => !startsLower(x)) && /^\s+\p{Ll}/u.test(reg.text.slice(at, at + 3))) return;
  if (p.description || opensNotDescription(d) || inFrontedPhrase(reg.text, s, rules) || notApposition(reg.text, s, e + am[0].length, ws, rules) || (p.votes.PER <= p.votes.ORG + p.votes.LOC && roleComplement(reg.text, s, rules))) return;
  const first = ws[0]!.toLowerCase();
  const roleLike = rules.determiners.has(first) || roleOf(first, rules) || isTitleWord(first, rules) || (startsLower(d) && hasRole(ws, rules));
  // (a phrase ending in a conjunction is one item of a list the sentence goes on with; so is one with a conjunction
  // before a determiner, unless it names a role before it, which is the description: "X, einen zu kurzen Anzug bei Y
  // oder die Skier des Z" against "X, the acting associate administrator … at NASA and the other witness")
  const cut = ws.findIndex((x, i) => rules.conjunctions.has(x.toLowerCase()) && (i === ws.length - 1 || rules.determiners.has(ws[i + 1]!.toLowerCase())));
  if (cut === 0 || (cut > 0 && !hasRole(ws.slice(0, cut), rules))) return;
  if (!roleLike || isClause(ws, rules)) return;
  p.description = leadless(cut > 0 ? ws.slice(0, cut).join(' ') : d, rules);
  if (hasRole(ws, rules)) p.evidence.person += EVIDENCE.apposition;
  for (const x of ws) addRoleWord(p, x, rules);
}

/** "Sie ist Geschäftsführerin der Denkfabrik New America, emeritierte Professorin …", "director of the think tank X,
 * professor at Y": a name that completes a role before it (a role, then an article or a particle, within the last
 * four words, no mark between) is where someone else works; the phrase after it is that someone's next role. (Not
 * for a name the tagger reads as a person's: "the foreign minister of Iran Abbas Araghchi, a veteran diplomat,".) */
function roleComplement(text: string, s: number, rules: Rules): boolean {
  const ws = text.slice(Math.max(0, s - 80), s).split(/\s+/).filter(Boolean).slice(-4);
  if (ws.some((w) => /[,.;:!?()]/.test(w))) return false;
  const k = ws.findIndex((w) => !!roleOf(w, rules));
  return k >= 0 && ws.slice(k + 1).some((w) => rules.determiners.has(w.toLowerCase()) || rules.nameParticles.has(w.toLowerCase()));
}

/** The organisation noun phrase that ends `before` at a comma ("… and the operator, "), without its determiner. */
function orgBefore(before: string, rules: Rules): string | null {
  const m = ORG_BEFORE.exec(before.slice(-80));
  if (!m) return null;
  const ws = m[1]!.split(/\s+/);
  const k = ws.map((w) => APPOS_DET.test(w)).lastIndexOf(true);
  // ("El presidente de la federación, Antonio Salgado": the body a role before it is of names no one)
  if (k < 0 || (k > 0 && rules.nameParticles.has(ws[k - 1]!.toLowerCase()))) return null;
  const phrase = ws.slice(k).join(' ');
  return orgApposition(phrase, rules) ? ws.slice(k + 1).join(' ') : null;
}

/** "Its general counsel, Daniel Okafor," / "the reclusive supreme leader, Haibatullah Akhundzada" / "la sindaca X". */
function before(reg: Registry, p: PartyRecord, s: number, e: number, rules: Rules) {
  const text = reg.text, pre = text.slice(Math.max(0, s - 140), s), post = text.slice(e, e + 3);
  if (/,\s*$/.test(pre)) {
    const op = /^(?:[,;.)]|$)/.test(post) ? orgBefore(pre, rules) : null;
    if (op) { p.evidence.org += EVIDENCE.orgApposition; p.description ??= op; return; }
    // ("the integration of Prime, Amazon’s $119-a-year membership": a name the possessive follows owns the phrase
    // after it, which is the apposition of the name before the comma: the phrase before is no role of its own)
    const bm = /^['’]s?\s/.test(post) ? null : ROLE_BEFORE.exec(pre.slice(-120));
    const lowerAfter = LOWER_AFTER.exec(text.slice(e, e + 30));
    if (bm && (!(lowerAfter && startsLower(lowerAfter[1]!)) || post.startsWith(','))) {
      const ws = lastRolePhrase(bm[1]!.split(/\s+/), rules);
      if (hasRole(ws, rules) && ws.length <= 8 && !isClause(ws, rules)) {
        p.description ??= trimLead(ws.join(' ').replace(/^(?:according to|selon|secondo|laut|según|segundo)\s+/i, ''), rules).replace(POSS_DET, '');
        for (const x of ws) addRoleWord(p, x, rules);
        p.evidence.person += EVIDENCE.apposition;
      }
    }
  }
  // a lower-case role noun right before the name: "l’ancien préfet Jean-Claude Berthier", "la sindaca Giulia Martelli"
  const rw = ROLE_WORD_BEFORE.exec(pre.slice(-40))?.[1];
  if (rw && startsLower(rw) && roleOf(rw, rules) && !rules.functionWords.has(rw)) {
    addRoleWord(p, rw, rules);
    p.evidence.person += EVIDENCE.apposition;
    const dm = ROLE_PHRASE_BEFORE.exec(pre.slice(-60));
    if (!p.description && dm) p.description = dm[1]!.replace(/^.*?\b(?:the|la|le|l’|l'|il|lo|der|die|el)\s+/i, '');
    return;
  }
  const gr = genitiveRolePhrase(pre, rules);
  if (gr) {
    addRoleWord(p, gr.role, rules);
    p.evidence.person += EVIDENCE.apposition;
    p.description ??= gr.phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  }
}

/** Describe every party from its first four mentions written in full. */
export function describeParties(reg: Registry, rules: Rules) {
  for (const p of reg.live()) {
    if (!p.mentions.length || p.kind === 'country') continue;
    const ms = [...p.mentions].sort((a, b) => a.s - b.s).slice(0, 4);
    for (const m of ms) {
      if (!/\s/.test(reg.text.slice(m.s, m.e)) && p.parts.length > 1) continue;
      after(reg, p, m.s, m.e, rules);
      before(reg, p, m.s, m.e, rules);
    }
  }
}

const EVENT_ROLES: Record<string, string> = {
  hosted: 'host', mediated: 'mediator', brokered: 'mediator', chaired: 'chair', sponsored: 'sponsor', facilitated: 'mediator',
};
const HOSTED_BY = /\b((?:hosted|mediated|brokered|chaired|organi[sz]ed|sponsored|facilitated)(?:\s+(?:and|&)\s+(?:hosted|mediated|brokered|chaired|organi[sz]ed|sponsored|facilitated))*)\s+by\s+([^.;:]{2,80})/g;

/** Roles from "hosted and mediated by A and B". */
export function eventRoles(reg: Registry) {
  let m: RegExpExecArray | null;
  HOSTED_BY.lastIndex = 0;
  while ((m = HOSTED_BY.exec(reg.text))) {
    const roles = m[1]!.split(/\s+(?:and|&)\s+/).map((v) => EVENT_ROLES[v] ?? 'organizer');
    const s = m.index + m[0].length - m[2]!.length;
    const cut = m[2]!.search(/,|\bwhich\b|\bwho\b|\bwere\b|\bwas\b/);
    const end = cut >= 0 ? s + cut : m.index + m[0].length;
    for (const x of reg.within(s, end)) for (const r of roles) reg.get(x.party).roles.add(r);
  }
}
