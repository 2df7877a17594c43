// Dutch word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

const nl: WordLists = {
  say: `zei, zegt, zeiden, gezegd, verklaarde, verklaart, stelde, stelt, benadrukte, benadrukt, schreef, schrijft,
    vertelde, vertelt, voegde toe, voegt toe, waarschuwde, waarschuwt, meldde, meldt, liet weten, laat weten,
    antwoordde, antwoordt, reageerde, reageert, twitterde, legde uit, legt uit, vroeg, vraagt, riep, roept,
    erkende, erkent, beloofde, belooft, bevestigde, bevestigt, aldus`,
  frame: 'noemde, noemt, beschreef, beschrijft, sprak van, spreekt van, omschreef, bestempelde',
  afterQuote: 'aldus',
  according: 'volgens, naar zeggen van',
  ageEndings: '-jarige',
  pronouns: { hij: 'm', zij: 'f', ze: 'f', ik: 'n', wij: 'n', we: 'n', het: 'x' },
  genderWords: { ze: 'n', hem: 'm', zijn: 'm', haar: 'f' },
  indefinites: 'een',
  orgArticles: 'de het',
  reflexives: 'zich',
  determiners: 'de het een zijn haar hun deze die dit dat onze twee drie',
  auxiliaries: 'heeft had hebben is was zijn waren ook later toen nog al eerder opnieuw',
  clauseWords: 'die dat wie waar wanneer als omdat en of maar in op aan bij met van voor naar uit over onder tegen door tot',
  functionWords: `de het een en of maar want dus ook niet nog al in op aan bij met van voor naar uit over onder tegen door
    tot zonder volgens hij zij ze het wij we ik jij u zijn haar hun deze die dit dat er hier daar wie wat waar wanneer
    waarom hoe vandaag gisteren morgen ja nee dank`,
  honorifics: { dhr: 'm', 'dhr.': 'm', mevrouw: 'f', mevr: 'f', 'mevr.': 'f', meneer: 'm', dr: '', 'dr.': '' },
  roles: `minister premier burgemeester president voorzitter woordvoerder woordvoerster directeur directrice rechter
    advocaat officier wethouder kamerlid senator trainer coach aanvoerder speler leider fractievoorzitter topman
    topvrouw hoogleraar onderzoeker deskundige expert koning koningin dijkgraaf gedeputeerde commissaris staatssecretaris
    korpschef raadslid ombudsman`,
  femaleRoles: 'woordvoerster directrice topvrouw koningin',
  maleRoles: 'topman koning',
  portfolioRoles: 'minister ministerie staatssecretaris',
  spokes: 'woordvoerder woordvoerster',
  roleSynonyms: 'trainer|coach',
  actingRoles: 'interim nieuwe waarnemend waarnemende',
  orgHeads: `ministerie regering kabinet partij vakbond bond vereniging stichting bedrijf maatschappij rechtbank hof
    commissie raad gemeente provincie universiteit school ziekenhuis kerk leger politie federatie unie bank groep
    club ploeg agentschap parlement kamer`,
  orgNouns: 'bedrijf onderneming ministerie regering partij vakbond gemeente club ploeg politie',
  mediaHeads: 'telegraaf volkskrant nrc trouw parool ad nos rtl anp standaard nieuwsblad',
  namedPlaceHeads: 'golf baai zee eiland eilanden kaap straat lijn',
  placeHeads: 'straat plein laan brug station luchthaven haven rivier meer berg eiland strand stad dorp',
  facilities: 'paleis gebouw toren stadion station luchthaven kasteel kathedraal kerk huis brug centrum museum theater hotel plein',
  eventNouns: 'gesprekken top akkoord conferentie onderhandelingen verkiezingen oorlog aanslag proces',
  groups: 'bronnen critici aanhangers tegenstanders analisten deskundigen bewoners fans demonstranten getuigen kiezers',
  notNames: `maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
    augustus september oktober november december kerstmis pasen`,
  conjunctions: 'en of',
  dateHeads: 'dag week',
  nameParticles: 'van der den de het ter ten en',
  firstPerson: `ik mij mijn`,
  locatives: 'in op bij naar uit nabij',
  contests: 'tegen',
  clockWords: 'uur u',
  passives: 'werd werden',
  agents: 'door',
  possessives: 'zijn haar hun',
  workplaces: 'bij',
  credits: 'foto, beeld, bron, door',
  governments: 'regering',
  // Read in every language's text (languages.ts everyLanguage).
  nameLinks: 'van',
  andWords: 'en',
  performedWords: 'songtekst refrein zong zingt gezongen reciteerde',
  complementisers: 'dat',
};

export default nl;
