// A lone acronym or a known organisation's acronym written as a word: a party of its own, a country, or nothing.

import { knownOrg } from '../../rules/gazetteer';
import { norm, type MentionSource } from './registry';
import type { Word } from './words';
import { EVIDENCE } from '../weights';
import { country, governmentOf } from './capitals';
import { allUpper, isUpper } from '../letters';
import type { Candidate, ClassifyContext } from './classify';
import { vote } from './add-name';
import { pluralAcronym } from './plural-acronyms';
import { countNounAcronym } from './acronym-nouns';

/** Acronyms that name nothing on their own. */
const JUNK_ACRONYMS = /^(?:X|I|II|III|IV|V|VI|SC|QC|KC|AG|OK|TV|AM|PM|CEO|GDP|AI|ID|PC|USD|EUR|GBP|CET|GMT|UTC|PDF|FAQ|VAR)$/;

/** A lone acronym: one defined in the text, a country code, a known organisation, or a new organisation. */
export function acronymRun(c: ClassifyContext, cand: Candidate, w: Word): boolean {
  const t = w.t.replace(/-.*$/, '');
  const defined = c.acronyms.get(t.toUpperCase());
  if (defined) { c.reg.mention(defined, w.s, w.s + t.length, 'acronym', w.start); return true; }
  const code = c.gaz.names.get(norm(t));
  if (code) { const p = country(c, code); p.aliases.add(t); c.reg.mention(p, w.s, w.e, cand.source, w.start); governmentOf(c, cand, p); return true; }
  const known = knownOrg(t, c.rules.lang);
  if (known) {
    const p = c.reg.add(known, 'organization');
    p.evidence.org += EVIDENCE.gazetteer;
    if (known !== t) p.aliases.add(t);
    c.reg.mention(p, w.s, w.e, cand.source);
    return true;
  }
  // (nor one the text spells out as a common noun phrase: term-acronyms.ts; nor one it uses as a count noun, "a
  // handsome EV": acronym-nouns.ts)
  if (t.length < 2 || JUNK_ACRONYMS.test(t) || pluralAcronym(t, c.reg.text) || c.termAcronyms?.has(t.toUpperCase()) || countNounAcronym(t, c.reg.text, c.rules)) return true;
  // an acronym is an organisation unless the tagger types it ("EUA" a place, "JFK" a person): its vote weighs then
  const p = c.reg.add(t, cand.tag ? 'unknown' : 'organization');
  p.evidence.org += EVIDENCE.acronym;
  vote(p, cand);
  c.reg.mention(p, w.s, w.e, cand.source, w.start);
  return true;
}

/** "l’Otan", "Nato": a known organisation's acronym that the language writes as a word (capital, then lower case),
 * mentioned at `s`. Four letters at least: "Un", "Eu" are words of their own. */
export function wordAcronym(c: ClassifyContext, t: string, s: number, source: MentionSource): boolean {
  if (t.length < 4 || t.length > 6 || !isUpper(t[0]) || allUpper(t)) return false;
  const known = knownOrg(t.toUpperCase(), c.rules.lang);
  if (!known) return false;
  const p = c.reg.add(known, 'organization');
  p.evidence.org += EVIDENCE.gazetteer;
  if (norm(known) !== norm(t)) p.aliases.add(t);
  c.reg.mention(p, s, s + t.length, source);
  return true;
}
