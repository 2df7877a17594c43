// Titles and roles before a name ("Secretary of State Mike Pompeo", "le président Vladimir Poutine"): the prefix
// that goes to the party's description, and the name after it; the bodies and countries named in the prefix are
// mentioned on the way.

import type { Rules } from '../../rules/languages';
import { norm } from './registry';
import type { Word } from './words';
import { isOrgHead, isOrgNoun, isTitleWord } from './lexicon';
import { nounCore } from './runs';
import { country } from './capitals';
import { isUpper } from '../letters';
import type { ClassifyContext } from './classify';
import { domainWords } from './role-domain';

/** "J." in "John F. Kerry". */
export const isInitial = (t: string) => t.length === 2 && t[1] === '.' && isUpper(t[0]);

export interface TitleSplit {
  prefix: Word[];
  name: Word[];
  /** A common noun for a body or a place before the name, left out of it: its evidence for the type. */
  epithet?: Word;
}

/** "Kevin King", "Martin Luther King": in a span the tagger is sure names a person, a title word that ends it after a
 * name word is a surname (a title stands before the name it goes with; "Crime Commissioner", "Chief Strategy
 * Officer", unsure, stay titles). */
const surnameTitle = (words: readonly Word[], i: number, rules: Rules) =>
  i === words.length - 1 && i > 0 && words[i - 1]!.cap && !words[i - 1]!.acr && !isTitleWord(words[i - 1]!.t, rules);

/** Titles and roles before a name ("Secretary of State Mike Pompeo"): the prefix, and the name after it. */
export function splitTitles(c: ClassifyContext, words: Word[], tagStart?: number, person = false): TitleSplit | null {
  const { rules } = c;
  // lower-case titles before the name ("le président Vladimir Poutine", "former police lieutenant James Hansen")
  let lead = 0;
  while (lead < words.length - 1 && !words[lead]!.cap && (isTitleWord(words[lead]!.t, rules) || rules.nameParticles.has(words[lead]!.l))) lead++;
  if (lead > 0) {
    const rest = splitTitles(c, words.slice(lead), tagStart, person);
    return rest && { prefix: [...words.slice(0, lead), ...rest.prefix], name: rest.name };
  }
  let last = -1;
  for (let i = 0; i < words.length; i++) if (words[i]!.cap && isTitleWord(words[i]!.t, rules) && !(person && surnameTitle(words, i, rules))) last = i;
  // "Sprecher des Bundesverkehrsministeriums", "Spokesman for the Pentagon": the organisation, not a name
  // (and where every noun is capitalised, any title: "Geschäftsführer der Regionaldirektion der Bundesagentur")
  if (last >= 0 && (rules.spokes.has(words[last]!.l) || (rules.nounsCapitalised && last === 0)) && words[last + 1] && !words[last + 1]!.cap) {
    const rest = words.slice(last + 1);
    while (rest.length && !rest[0]!.cap) rest.shift();
    const name = rest.length ? nounCore(rest, rules) ?? rest : [];
    return name.length ? { prefix: [], name: [...name] } : null;
  }
  const body = bodyAfterRole(words, last, rules);
  if (body) return { prefix: [], name: body };
  // an organisation or place after the title makes the whole an organisation's name ("Secretary of the State
  // University"), but not the role's one-word domain before a name ("Secretary of State Madeleine Albright")
  const after = words.slice(last + 1), domain = after.length >= 4 && !after[0]!.cap && after[1]!.cap && after[2]!.cap ? 2 : 0;
  if (last >= 0 && after.slice(domain).some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l))) last = -1;
  // "Resources Minister": a role phrase, no name
  if (last === words.length - 1 && words.some((w, i) => i < last && isOrgHead(w.t, rules))) return null;
  // German capitalises every noun: "Gewerkschafterin Claudia Reimers" (a compound role the lists lack), but not a
  // given name the tagger read as part of the name ("Anna Odine Strøm": its span starts there, a role it leaves out;
  // a noun before its span is the role: "der Norwegerin Anna Odine Strøm")
  if (rules.lang === 'de' && last < 0 && words.length >= 3 && !(tagStart !== undefined && words[0]!.s >= tagStart) && !words.some((w) => isOrgHead(w.t, rules)) && words.every((w) => w.cap && !w.acr)) {
    const own = tagStart === undefined ? -1 : words.findIndex((w) => w.s >= tagStart);
    last = own > 0 ? own - 1 : words.length - 3;
    // (a noun for a body or a place is no role: "das Augsburger Rüstungsunternehmen Renk" names a company)
    const noun = words[last]!;
    if (isOrgNoun(noun.t, rules) || isOrgHead(noun.t, rules) || rules.placeHeads.has(noun.l)) return { prefix: [], name: words.slice(last + 1), epithet: noun };
  }
  // (so before one word, for a noun that names no body of its own: "die Plattform Temu", "der Shop Fruugo"; a body's
  // own head stays, "Universität Wien", "Polizei Berlin")
  if (rules.lang === 'de' && words.length === 2 && last < 0 && words.every((w) => w.cap && !w.acr) && isOrgNoun(words[0]!.t, rules) && !isOrgHead(words[0]!.t, rules) && !rules.placeHeads.has(words[0]!.l) && !rules.placeHeads.has(words[0]!.l.replace(/^.*(?=stadt$)/, ''))) {
    return { prefix: [], name: words.slice(1), epithet: words[0]! };
  }
  if (last < 0) return { prefix: [], name: words };
  const prefix = words.slice(0, last + 1), name = words.slice(last + 1);
  while (name.length && !name[0]!.cap) prefix.push(name.shift()!);
  // "Senior Advocate of Nigeria", "Mayor of London": one word after the title's "of" is its domain, no person's name
  if (prefix.length > last + 1 && name.length === 1) return { prefix: [], name };
  // (so are two where the tagger's own span does not start inside them and it is not sure of a person: "Jefe del
  // Estado Mayor", where "Secretary of State Kerry" has the tagger's person start at "Kerry")
  if (prefix.length > last + 1 && name.length === 2 && !person && (tagStart === undefined || tagStart <= name[0]!.s)) return { prefix: [], name };
  // "Secretary of State John F. Kerry": after "of", the domain of the role, then the name (two words, three with an initial)
  if (prefix.length > last + 1 && name.length >= 3) {
    const keep = isInitial(name[name.length - 2]!.t) && name.length >= 4 ? 3 : 2;
    prefix.push(...name.splice(0, name.length - keep));
  }
  prefix.push(...name.splice(0, domainWords(name, rules, tagStart)));
  mentionInTitles(c, prefix);
  return name.length ? { prefix, name } : null;
}

/** "CEO of New Media Investment Group": a title opening a body's name after its particle is a role at that body; the
 * body's name alone is the party. */
function bodyAfterRole(words: readonly Word[], last: number, rules: Rules): Word[] | null {
  if (last !== 0 || words.length < 3 || words[1]!.cap || !isOrgHead(words[words.length - 1]!.t, rules)) return null;
  const body = words.slice(1);
  while (body.length && !body[0]!.cap) body.shift();
  return body.length ? body : null;
}

/** A body or a country named inside a title ("EU Commissioner", "U.S. Secretary of State") is mentioned there. */
function mentionInTitles(c: ClassifyContext, prefix: readonly Word[]): void {
  for (const w of prefix) {
    const a = c.acronyms.get(w.t.toUpperCase());
    const code = c.gaz.names.get(norm(w.t)), dem = c.gaz.demonyms.get(norm(w.t));
    // ("Datuk Seri Anwar": an honorific spelt like a defined acronym is the honorific)
    if (a && !c.rules.honorifics.has(w.l)) c.reg.mention(a, w.s, w.e, 'acronym');
    else if (code) c.reg.mention(country(c, code), w.s, w.e, 'gazetteer');
    else if (dem) c.reg.mention(country(c, dem), w.s, w.e, 'demonym');
  }
}
