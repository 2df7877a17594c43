// The word lists the analysis reads, one file a language (lib/rules/<lang>.ts), compiled here into sets and
// patterns once per language. Lists are data: a language is added by writing its file and listing it below.
// A language without a file gets the language-independent lists only: attribution then rests on structure
// (punctuation, names, position) and the tagger's mentions.

import en from './en';
import de from './de';
import fr from './fr';
import es from './es';
import it from './it';
import pt from './pt';
import nl from './nl';
import ru from './ru';
import pl from './pl';
import sv from './sv';
import da from './da';
import ja from './ja';
import zh from './zh';
import ko from './ko';
import tr from './tr';
import uk from './uk';
import common from './common';

export type { Gender, WordLists } from './word-lists';
import type { Gender, WordLists } from './word-lists';

// Norwegian (no, as the scanner names Bokmål and Nynorsk) shares the Danish file.
const FILES: Record<string, WordLists> = { en, de, fr, es, it, pt, nl, ru, pl, sv, da, no: da, ja, zh, ko, tr, uk };

/** The languages that have their own lists. */
export const LANGUAGES = Object.keys(FILES);

/** A language's lists compiled: sets for lookups, sorted arrays for patterns. */
export interface Rules {
  lang: string;
  /** True when the language has a file of its own. */
  known: boolean;
  say: string[];
  frame: string[];
  afterQuote: string[];
  according: string[];
  accordingAfter: string[];
  opinion: string[];
  ownView: string[];
  narrativeSay: string[];
  directives: Set<string>;
  backReference: string[];
  latter: Set<string>;
  ageEndings: string[];
  femaleEndings: string[];
  /** The gender an article gives the role noun after it ("la portavoz"). */
  articleGender: Map<string, Gender>;
  documentNouns: Set<string>;
  reportedMood: Set<string>;
  pronouns: Map<string, Gender>;
  singularThey: Set<string>;
  genderWords: Map<string, Gender>;
  determiners: Set<string>;
  orgArticles: Set<string>;
  reflexives: Set<string>;
  expletives: Set<string>;
  addressVerbs: string[];
  pressWords: Set<string>;
  siteWords: Set<string>;
  recipients: Set<string>;
  datives: Set<string>;
  affiliations: string[];
  firstPerson: Set<string>;
  firstPlural: Set<string>;
  articleContractions: Set<string>;
  proDrop: boolean;
  nounsCapitalised: boolean;
  hyphenAdjectives: boolean;
  lowerAdjectiveNames: boolean;
  indefinites: Set<string>;
  auxiliaries: Set<string>;
  adverbEndings: string[];
  clauseWords: Set<string>;
  functionWords: Set<string>;
  honorifics: Map<string, Gender | ''>;
  roles: Set<string>;
  roleGender: Map<string, Gender>;
  portfolioRoles: Set<string>;
  spokes: Set<string>;
  actingRoles: Set<string>;
  /** Each role noun's group of nouns for the same role (roleSynonyms), by its number. */
  roleSynonyms: Map<string, number>;
  performedWords: Set<string>;
  orgHeads: Set<string>;
  orgNouns: Set<string>;
  mediaHeads: Set<string>;
  placeHeads: Set<string>;
  namedPlaceHeads: Set<string>;
  facilities: Set<string>;
  areaNouns: Set<string>;
  eventNouns: Set<string>;
  documentHeads: Set<string>;
  documentLeads: Set<string>;
  groups: Set<string>;
  personNouns: string[];
  genitiveDomains: boolean;
  patronymicEndings: string[];
  surnames: Set<string>;
  caseParticles: string[];
  elderWords: Set<string>;
  youngerWords: Set<string>;
  notNames: Set<string>;
  platforms: Set<string>;
  notAlone: Set<string>;
  dateHeads: Set<string>;
  phraseNouns: Set<string>;
  eventHeads: Set<string>;
  nameParticles: Set<string>;
  surnameParticles: Set<string>;
  genitives: Set<string>;
  headLinks: Set<string>;
  governments: Set<string>;
  openingPrepositions: Set<string>;
  demonymEndings: string[];
  locatives: Set<string>;
  passives: Set<string>;
  agents: Set<string>;
  possessives: Set<string>;
  nounOpeners: Set<string>;
  workplaces: Set<string>;
  contests: Set<string>;
  clockWords: Set<string>;
  conjunctions: Set<string>;
  renamings: Set<string>;
  examples: string[];
  /** Each nickname's group (nicknames) and its place in it (0: the formal name). */
  nicknames: Map<string, { group: number; rank: number }>;
  clauseOpeners: Set<string>;
  coordinators: Set<string>;
  relatives: Set<string>;
  complementisers: Set<string>;
  roleSuffixes: string[];
  orgSuffixes: string[];
  credits: string[];
  quoteParticles: string[];
  modifierParticles: string[];
  adjectiveEndings: string[];
  nameEndings: string[];
  placeAdjectives: string[];
  adjectiveInflections: string[];
  obliqueAdjectives: string[];
  obliqueArticles: Set<string>;
  unspaced: boolean;
  nameSuffixes: string[];
  titleSuffixes: string[];
  officeSuffixes: Set<string>;
  anaphorPrefixes: string[];
  topicParticles: Set<string>;
  voiceNouns: Set<string>;
  reportWords: string[];
  sourceParticles: Set<string>;
  subjectParticles: Set<string>;
  documentTopicParticles: Set<string>;
}

const words = (s: string | undefined): string[] => (s ? s.trim().split(/\s+/).filter(Boolean) : []);
const phrases = (s: string | undefined): string[] => (s ? s.split(/[,\n]/).map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean) : []);

/** Each word of "a|b|c" phrases mapped to its phrase's number. */
const synonymGroups = (groups: string[]) => new Map(groups.flatMap((g, group) => g.split('|').map((n) => [n.trim().toLowerCase(), group] as const)));

/** "a|b|c" groups, by name: the group's number and the name's place in it. */
const nicknameGroups = (groups: string[]) => new Map(groups.flatMap((g, group) => g.split('|').map((n, rank) => [n.trim().toLowerCase(), { group, rank }] as const)));

/** A set less the words of another (a language's own exceptions to the shared lists). */
const without = (a: Set<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((x) => !b.has(x)));

const longestFirst = (s: string | undefined): string[] => words(s).sort((a, b) => b.length - a.length);

/** The lists a language's rules are made of: the shared ones, then its own. */
const partsOf = (code: string): WordLists[] => (FILES[code] ? [common, FILES[code]] : [common]);
const setOf = (parts: readonly WordLists[], k: keyof WordLists) => new Set(parts.flatMap((p) => words(p[k] as string | undefined)));
const particlesOf = (parts: readonly WordLists[]) => without(setOf(parts, 'nameParticles'), setOf(parts, 'notParticles'));

/** A language's name particles and the place nouns that open its names ("golfo de"), as its rules hold them
 * (`nameParticles`, `namedPlaceHeads`), without compiling the rest of them: what the analysis asks of every language
 * (compiling all seventeen languages' rules for these was ~20 ms of a cold page). */
export function placeNameLists(lang: string): { particles: Set<string>; placeHeads: Set<string> } {
  const parts = partsOf(lang.toLowerCase().slice(0, 2));
  return { particles: particlesOf(parts), placeHeads: setOf(parts, 'namedPlaceHeads') };
}

const cache = new Map<string, Rules>();
/** The languages whose rules were compiled in this process (for the tests of what a page compiles). */
export const compiledLanguages = (): string[] => [...cache.keys()];

/** A list merged over every language's file and common.ts, for words a text keeps in another language's ("the mayor
 * of" in a German story) and for callers with no language at hand: the same set whatever the text's language. */
export function everyLanguage(k: keyof WordLists): ReadonlySet<string> {
  return new Set([common, ...Object.values(FILES)].flatMap((p) => words(p[k] as string | undefined)));
}

/** The rules of a language (`en`, `de`…; a region like `pt-BR` counts as its language). */
export function rulesFor(lang: string | null | undefined): Rules {
  const code = (lang ?? '').toLowerCase().slice(0, 2);
  const hit = cache.get(code);
  if (hit) return hit;
  const own = FILES[code];
  const parts = partsOf(code);
  const set = (k: keyof WordLists) => setOf(parts, k);
  const list = (k: keyof WordLists) => [...new Set(parts.flatMap((p) => phrases(p[k] as string | undefined)))];
  const roleGender = new Map<string, Gender>();
  for (const p of parts) {
    for (const w of words(p.femaleRoles)) roleGender.set(w, 'f');
    for (const w of words(p.maleRoles)) roleGender.set(w, 'm');
  }
  const articleGender = new Map<string, Gender>([...words(own?.femaleArticles).map((w) => [w, 'f'] as const), ...words(own?.maleArticles).map((w) => [w, 'm'] as const)]);
  const roles = set('roles');
  for (const w of roleGender.keys()) roles.add(w);
  const r: Rules = {
    lang: code, known: !!own,
    say: list('say'), frame: list('frame'), afterQuote: list('afterQuote'), according: list('according'), accordingAfter: list('accordingAfter'), opinion: list('opinion'), ownView: list('ownView'), narrativeSay: list('narrativeSay'), backReference: list('backReference'), latter: new Set(list('latter')), ageEndings: words(own?.ageEndings), femaleEndings: words(own?.femaleEndings), articleGender, documentNouns: set('documentNouns'), reportedMood: set('reportedMood'),
    pronouns: new Map(parts.flatMap((p) => Object.entries(p.pronouns ?? {}))), singularThey: set('singularThey'),
    genderWords: new Map([...new Map(parts.flatMap((p) => [...Object.entries(p.pronouns ?? {}), ...Object.entries(p.genderWords ?? {})]))].filter(([, g]) => g === 'm' || g === 'f')),
    determiners: set('determiners'), orgArticles: set('orgArticles'), reflexives: set('reflexives'), expletives: set('expletives'), addressVerbs: list('addressVerbs'), pressWords: set('pressWords'), siteWords: set('siteWords'), recipients: set('recipients'), datives: set('datives'), affiliations: list('affiliations'), firstPerson: set('firstPerson'), firstPlural: set('firstPlural'), articleContractions: set('articleContractions'), proDrop: !!own?.proDrop, nounsCapitalised: !!own?.nounsCapitalised, hyphenAdjectives: !!own?.hyphenAdjectives, indefinites: set('indefinites'), auxiliaries: set('auxiliaries'), adverbEndings: words(own?.adverbEndings), clauseWords: set('clauseWords'),
    functionWords: set('functionWords'),
    honorifics: new Map(parts.flatMap((p) => Object.entries(p.honorifics ?? {}))),
    roles, roleGender, portfolioRoles: set('portfolioRoles'), spokes: set('spokes'), actingRoles: set('actingRoles'), roleSynonyms: synonymGroups(list('roleSynonyms')), performedWords: set('performedWords'), orgHeads: set('orgHeads'), orgNouns: set('orgNouns'),
    mediaHeads: set('mediaHeads'), placeHeads: set('placeHeads'), namedPlaceHeads: set('namedPlaceHeads'), facilities: set('facilities'), areaNouns: set('areaNouns'), eventNouns: set('eventNouns'), groups: set('groups'),
    documentHeads: set('documentHeads'), documentLeads: set('documentLeads'),
    notNames: set('notNames'), platforms: set('platforms'), notAlone: set('notAlone'), dateHeads: set('dateHeads'), phraseNouns: set('phraseNouns'), eventHeads: set('eventHeads'), nameParticles: particlesOf(parts), surnameParticles: without(set('surnameParticles'), set('notParticles')), genitives: set('genitives'), headLinks: set('headLinks'), governments: set('governments'), openingPrepositions: set('openingPrepositions'), demonymEndings: words(own?.demonymEndings), locatives: set('locatives'), passives: set('passives'), agents: set('agents'), possessives: set('possessives'), nounOpeners: set('nounOpeners'), workplaces: set('workplaces'), contests: set('contests'), clockWords: set('clockWords'), conjunctions: set('conjunctions'), renamings: set('renamings'), examples: list('examples'), nicknames: nicknameGroups(list('nicknames')), clauseOpeners: set('clauseOpeners'), coordinators: set('coordinators'), relatives: set('relatives'), complementisers: set('complementisers'),
    roleSuffixes: words(own?.roleSuffixes), orgSuffixes: words(own?.orgSuffixes),
    credits: list('credits'), quoteParticles: list('quoteParticles'), modifierParticles: list('modifierParticles'),
    adjectiveEndings: words(own?.adjectiveEndings), nameEndings: longestFirst(own?.nameEndings), placeAdjectives: words(own?.placeAdjectives), adjectiveInflections: longestFirst(own?.adjectiveInflections), obliqueAdjectives: words(own?.obliqueAdjectives), obliqueArticles: new Set(words(own?.obliqueArticles)), unspaced: !!own?.unspaced, nameSuffixes: longestFirst(own?.nameSuffixes), titleSuffixes: longestFirst(own?.titleSuffixes), officeSuffixes: new Set(words(own?.officeSuffixes)), anaphorPrefixes: words(own?.anaphorPrefixes),
    personNouns: longestFirst(own?.personNouns),
    genitiveDomains: !!own?.genitiveDomains, patronymicEndings: words(own?.patronymicEndings), surnames: set('surnames'), caseParticles: longestFirst(own?.caseParticles),
    elderWords: new Set(words(own?.elderWords)), youngerWords: new Set(words(own?.youngerWords)),
    directives: set('directives'),
    lowerAdjectiveNames: !!own?.lowerAdjectiveNames,
    topicParticles: set('topicParticles'), subjectParticles: set('subjectParticles'), documentTopicParticles: set('documentTopicParticles'), voiceNouns: set('voiceNouns'), reportWords: list('reportWords'), sourceParticles: set('sourceParticles'),
  };
  for (const w of r.spokes) r.roles.add(w);
  for (const w of r.determiners) r.functionWords.add(w);
  for (const w of r.platforms) r.notNames.add(w);
  cache.set(code, r);
  return r;
}
