// French word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Verbs of saying by their present (third person) and past participle: each gives "explique" and "a expliqué".
const VERBS = `déclare:déclaré affirme:affirmé explique:expliqué dit:dit ajoute:ajouté assure:assuré confie:confié
raconte:raconté prévient:prévenu souligne:souligné estime:estimé indique:indiqué précise:précisé insiste:insisté
lance:lancé poursuit:poursuivi reconnaît:reconnu martèle:martelé dénonce:dénoncé regrette:regretté avertit:averti
annonce:annoncé répond:répondu écrit:écrit tweete:tweeté réagit:réagi ironise:ironisé rappelle:rappelé
plaide:plaidé tranche:tranché résume:résumé promet:promis commente:commenté juge:jugé observe:observé note:noté
conclut:conclu détaille:détaillé argumente:argumenté interroge:interrogé demande:demandé s’interroge:interrogé
soutient:soutenu admet:admis avoue:avoué raille:raillé fustige:fustigé déplore:déploré salue:salué
confirme:confirmé lâche:lâché glisse:glissé soupire:soupiré s’insurge:insurgé s’agace:agacé constate:constaté
relève:relevé analyse:analysé témoigne:témoigné assène:assené martèle:martelé prévient:prévenu rapporte:rapporté
signale:signalé`;
const forms = VERBS.trim().split(/\s+/).flatMap((p) => { const [pres, part] = p.split(':'); return [pres, `a ${part}`, `avait ${part}`]; });

const fr: WordLists = {
  lowerAdjectiveNames: true,
  say: `${forms.join(', ')}, se félicite, s'est félicité, s’est félicité, a-t-il dit, a-t-elle dit, selon lui, selon elle`,
  frame: `a qualifié, qualifie, a évoqué, évoque, parle de, a parlé de, a dénoncé, dénonce, a appelé, appelle à,
    a appelé à, réclame, a réclamé, exige, a exigé, juge, a jugé, estime, qualifiant, évoquant, dénonçant, appelant, jugeant, estimant`,
  examples: 'comme, tels que, telles que, dont',
  according: "selon, d'après, d’après",
  narrativeSay: `et d'ajouter, et d’ajouter, et de conclure, et de poursuivre, et de préciser, et de rappeler,
    et de lancer, et de souligner, et d'insister, et d’insister, et d'expliquer, et d’expliquer, et de résumer`,
  backReference: 'ainsi, par ces mots, en ces termes',
  latter: "ce dernier, cette dernière, celui-ci, celle-ci",
  documentNouns: 'communiqué déclaration lettre message tweet note vidéo',
  opinion: "pour, aux yeux de, de l'avis de, de l’avis de",
  ownView: "à ses yeux, a ses yeux, à son avis, a son avis, selon lui, selon elle, pour lui, pour elle, d'après lui, d'après elle, d’après lui, d’après elle",
  pronouns: { il: 'm', elle: 'f', lui: 'm', 'elle-même': 'f', 'lui-même': 'm', ils: 'n', elles: 'n', nous: 'n', je: 'n', on: 'x' },
  genderWords: { lui: 'm' },
  indefinites: 'un une des',
  orgArticles: "le la les l’ l'",
  addressVerbs: 'a déclaré à, a confié à, a dit à, a indiqué à, a expliqué à',
  pressWords: 'entretien entrevue journaliste reporter correspondant correspondante photographe télévision radio journal',
  siteWords: 'actualités actu info infos',
  recipients: 'au aux à',
  datives: 'au aux à',
  affiliations: 'de, de la, du, des, de l’, chez',
  firstPerson: `je j’ j' moi me m’ mon ma mes`,
  firstPlural: 'nous',
  articleContractions: 'du des au aux',
  determiners: `le la les l’ l' un une des du de d’ ce cet cette ces son sa ses leur leurs notre nos mon ma mes deux trois
    plusieurs certains certaines`,
  auxiliaries: 'a avait aura ont avaient est était sont aussi encore ensuite alors déjà également toujours pourtant',
  adverbEndings: 'ment',
  clauseWords: `qui que qu’ dont où lequel laquelle lors quand si et ou mais car à au aux dans sur sous avec sans pour par
    chez selon après avant depuis pendant durant entre vers contre devant`,
  functionWords: `le la les l’ l' un une des du de d’ d' et ou mais car donc or ni ce cette ces son sa ses leur leurs
    il elle ils elles on nous vous je tu en dans sur sous avec sans pour par chez selon après avant depuis pendant
    entre vers contre lors sinon mais pourtant ainsi alors aujourd’hui hier demain si quand comme où qui que quoi
    pourquoi comment tout tous toute toutes aussi déjà encore enfin ensuite puis très plus moins bien oui non merci`,
  honorifics: { m: 'm', 'm.': 'm', mme: 'f', 'mme.': 'f', mlle: 'f', 'me': '', 'me.': '', 'maître': '', dr: '', 'dr.': '', pr: '' },
  roles: `ministre président présidente maire porte-parole directeur directrice préfet préfète député députée sénateur
    sénatrice secrétaire juge avocat avocate patron patronne médiateur médiatrice chef cheffe dirigeant dirigeante
    responsable syndicaliste procureur procureure commissaire conseiller conseillère entraîneur entraîneuse
    sélectionneur capitaine joueur joueuse candidat candidate chercheur chercheuse économiste expert experte
    professeur professeure enseignant enseignante élève étudiant étudiante militant militante ambassadeur
    ambassadrice général colonel commandant lieutenant premier roi reine pape évêque imam rabbin fondateur
    fondatrice gérant gérante élu élue adjoint adjointe`,
  femaleArticles: 'la une',
  maleArticles: 'le un du au',
  femaleRoles: `présidente directrice préfète députée sénatrice avocate patronne médiatrice cheffe dirigeante
    procureure conseillère entraîneuse joueuse candidate chercheuse experte professeure enseignante étudiante
    militante ambassadrice reine fondatrice gérante élue adjointe syndicaliste`,
  maleRoles: `président directeur préfet député sénateur avocat patron médiateur dirigeant procureur conseiller
    entraîneur joueur candidat chercheur expert enseignant étudiant militant ambassadeur roi fondateur gérant élu
    adjoint`,
  portfolioRoles: 'ministre ministère secrétaire chef cheffe',
  spokes: 'porte-parole',
  actingRoles: 'intérimaire intérim nouveau nouvel nouvelle',
  orgHeads: `commune conseil ministère tribunal cour syndicat fédération société compagnie entreprise groupe parti
    mouvement agence assemblée sénat gouvernement préfecture mairie banque fondation association union commission
    comité office institut université école hôpital église armée police gendarmerie parquet confédération
    conférence organisation alliance front ligue club équipe kremlin élysée`,
  orgNouns: `société entreprise groupe compagnie opérateur ministère gouvernement parti syndicat mairie association
    fédération tribunal police agence club équipe`,
  mediaHeads: 'monde figaro libération parisien echos écho express obs point humanité croix afp bfmtv franceinfo',
  namedPlaceHeads: 'golfe baie mer île îles lac cap détroit ligne',
  placeHeads: 'rue place avenue boulevard pont gare aéroport port fleuve lac mont vallée île plage région ville village',
  facilities: 'palais hôtel tour stade gare aéroport château cathédrale église maison pont centre musée théâtre place',
  documentLeads: 'loi projet-de-loi décret ordonnance directive règlement',
  eventNouns: 'pourparlers sommet accord conférence négociations réunion élection élections guerre attentat procès',
  groups: `responsables sources critiques partisans opposants analystes experts observateurs habitants supporters
    manifestants grévistes témoins gens électeurs militants syndicats élus`,
  notNames: `lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre noël pâques`,
  dateHeads: 'jour semaine',
  nameParticles: 'de du des la le d’ et',
  locatives: 'à au aux en dans près vers depuis',
  contests: 'contre',
  clockWords: 'h heures',
  clauseOpeners: 'quand lorsque et mais',
  coordinators: 'et mais ou donc or',
  relatives: 'qui',
  complementisers: 'que qu',
  passives: 'été fut furent',
  agents: 'par',
  possessives: 'son sa ses leur leurs',
  workplaces: 'chez',
  credits: 'photo, photos, crédit, source, par, avec',
  governments: 'gouvernement',
  openingPrepositions: 'après avant en à au aux dans depuis pendant malgré avec sans',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'de des du',
  bodyLinks: 'de du des',
  roleLinks: 'de des du',
  ofParticles: 'de du des d’',
  andWords: 'et',
  notKeyWords: 'banderole pancarte pancartes',
  performedWords: 'couplet refrain chanta chante chanté chantant récita récite récité',
};

export default fr;
