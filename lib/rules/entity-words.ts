// Word lists that type and bound names, as data (lower case; several languages mixed where they do not collide).

const w = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Titles and roles written before a person's name ("Mayor Darnell Whitfield", "la sindaca Giulia Martelli"). */
export const TITLES = w(`
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr. sr. jr. gen gen. col col. lt lt. sgt sgt. capt capt.
sen sen. rep rep. gov gov. pres pres. m. mme mme. mlle herr frau sig. sig.ra dott. dott.ssa don doña sr sra sra.
president vice prime minister ministers secretary mayor governor senator congressman congresswoman councilmember councilman
councilwoman councillor councilor commissioner chancellor representative ambassador judge justice speaker chairman chairwoman
chair director chief executive spokesman spokeswoman spokesperson deputy attorney general sheriff officer detective inspector
superintendent mayor-elect premier king queen prince princess pope cardinal bishop rabbi imam sheikh emir sultan ayatollah mullah
captain colonel general major lieutenant sergeant admiral marshal coach manager founder owner candidate nominee leader
rival challenger incumbent economist analyst professor lawyer counsel activist author pastor reverend sister brother father
mother principal trustee treasurer auditor comptroller clerk delegate lawmaker legislator assemblyman assemblywoman
rapper singer actor actress host anchor correspondent reporter columnist editor publisher ceo cfo coo cto chairperson
ministre président présidente maire porte-parole directeur directrice préfet préfète député députée sénateur sénatrice
secrétaire juge avocat avocate patron patronne médiateur médiatrice
ministro ministra sindaco sindaca presidente portavoce direttore direttrice assessore assessora consigliere segretario segretaria
senatore senatrice deputato deputata avvocato giudice prefetto
minister ministerin bürgermeister bürgermeisterin präsident präsidentin sprecher sprecherin senator senatorin vorsitzender
vorsitzende chef chefin direktor direktorin richter richterin kanzler kanzlerin
alcalde alcaldesa portavoz ministro presidenta director directora juez jueza senadora diputado diputada
`);

/** Suffixes of German compound role nouns ("Wirtschaftssenatorin", "GHL-Verhandlungsführerin"). */
export const ROLE_SUFFIXES = [
  'senatorin', 'senator', 'ministerin', 'minister', 'führerin', 'führer', 'vorsitzender', 'vorsitzende', 'sprecher', 'sprecherin',
  'präsident', 'präsidentin', 'leiter', 'leiterin', 'chef', 'chefin', 'direktor', 'direktorin', 'meister', 'meisterin',
  'geschäftsführer', 'geschäftsführerin', 'beauftragter', 'beauftragte', 'rat', 'rätin', 'anwalt', 'anwältin',
];

/** Nouns of events and texts that a place name qualifies ("the Istanbul talks", "the Minsk agreement"): such a
 * single capitalised word is an attribute, not a party. */
export const EVENT_NOUNS = w(`
talks summit agreement accord deal process conference meeting negotiations round dialogue format declaration protocol
treaty framework initiative forum ceasefire truce plan summit attack attacks bombing bombings massacre crisis
gespräche gipfel abkommen konferenz verhandlungen sommet accord pourparlers conférence négociations vertice accordo
colloqui negoziati cumbre acuerdo conversaciones negociaciones
`);

/** Role nouns a later mention can use for a person ("the minister", "la sindaca", "die Senatorin"). */
export const ROLE_NOUNS = w(`
minister mayor governor senator president spokesman spokeswoman spokesperson commissioner secretary chancellor premier
ambassador judge chairman chairwoman chair director chief executive ceo founder owner coach manager councilmember
councilwoman councilman candidate nominee leader lawyer economist mediator inspector officer sheriff treasurer attorney
representative congressman congresswoman lawmaker farmer driver counsel prosecutor general official
ministre maire présidente président porte-parole directeur directrice préfet médiateur médiatrice juge député sénateur
ministro ministra sindaco sindaca presidente portavoce direttore direttrice assessore assessora
ministerin senatorin bürgermeister bürgermeisterin sprecher sprecherin vorsitzende vorsitzender präsident präsidentin
alcalde alcaldesa portavoz
`);

/** Nouns for a spokesperson, whose unnamed words belong to the organisation they speak for. */
export const SPOKES = w(`
spokesman spokeswoman spokesperson spokespeople porte-parole portavoce sprecher sprecherin portavoz
`);

/** Words that make a name an organisation ("… Union", "Ministry of …", "Gewerkschaft …"). */
export const ORG_HEADS = w(`
union association commission committee council ministry department office agency authority board inquiry court tribunal
institute institution foundation fund bank group company corporation corp corp. inc inc. ltd ltd. llc plc gmbh ag sa spa s.p.a.
party alliance federation confederation league coalition movement front organisation organization society chamber
inspectorate service services administration bureau directorate secretariat parliament assembly congress senate cabinet
government army police navy force forces guard university college school hospital church mosque network
news times post journal gazette herald tribune press agency reuters
semiconductors microelectronics resources industries holdings partners systems technologies airlines airways motors
energy petroleum oil mining pharmaceuticals labs laboratories media entertainment studios records line lines shipping
emirate caliphate republic kingdom taliban club fc team center centre
commune conseil ministère tribunal cour syndicat fédération société compagnie entreprise groupe parti mouvement agence
assemblée sénat gouvernement préfecture mairie banque fondation association
consiglio comune ministero tribunale corte associazione sindacato federazione società compagnia gruppo partito movimento
agenzia regione provincia procura camera senato governo banca fondazione comitato
gewerkschaft verband zentralverband bund ministerium bundesministerium amt gericht behörde kammer partei reederei stiftung
bank konzern rat senat regierung
ayuntamiento ministerio gobierno partido sindicato asociación fundación empresa compañía tribunal
`);

/** Suffixes of German compound organisation names ("Bundesverkehrsministerium"). */
export const ORG_SUFFIXES = ['ministerium', 'verband', 'gewerkschaft', 'behörde', 'gericht', 'kammer', 'partei', 'amt', 'reederei', 'konzern', 'stiftung', 'bank'];

/** Media names: the publisher cited as a source is not a party of the story. */
export const MEDIA_HEADS = w(`
times post journal gazette herald tribune news daily telegraph guardian observer independent chronicle courier echo écho
monde figaro libération zeitung allgemeine rundschau spiegel stern bild repubblica corriere stampa país mundo reuters
bloomberg associated press afp dpa ansa cnn bbc nbc cbs abc fox msnbc politico axios
`);

/** Heads of place names ("City Hall", "Palazzo Vecchio", "Ground Zero"). */
export const PLACE_HEADS = w(`
street st. avenue ave. road square hall palace palazzo piazza via rue place boulevard bridge park station airport harbour
harbor port river lake mountain mount valley island islands beach coast province state county district region city town
village basin terminal crossing border mine field stadium arena tower building house castle cathedral hill
platz straße strasse hafen brücke bahnhof
`);

/** Capitalised words that are never parties: days, months, holidays, deities, platforms, pronouns. */
export const NOT_PARTIES = w(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli
oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
septembre octobre novembre décembre lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo
aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunes martes miércoles jueves viernes sábado
domingo enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre
god allah jesus christ lord x twitter facebook instagram tiktok youtube whatsapp telegram linkedin reddit google
christmas easter ramadan eid weihnachten ostern noël pâques natale pasqua navidad pandemic pandemie covid covid-19
internet web i ok tv am pm a.m. p.m. ad bc republican republicans democratic democrat democrats
`);

/** Faiths and their adjectives: alone ("the Muslim people", "Catholics") they name no party; inside a name
 * ("Islamic Emirate of Afghanistan", "Catholic Church") they are part of it. */
export const FAITH_WORDS = w(`
muslim muslims islamic christian christians jewish hindu hindus buddhist buddhists sikh sikhs catholic catholics
protestant protestants sunni sunnis shia shiite shiites evangelical evangelicals
`);

/** Function words that may be capitalised at the start of a sentence, several languages. */
export const FUNCTION_WORDS = w(`
a an the this that these those there here it its he she they we you i his her their our my your one some any all both each
and or but nor so yet for of in on at to from by with without about after before during since until under over into onto
as if when while where whether because although though however meanwhile moreover also still then thus instead indeed
not no yes only just even ever never now today yesterday tomorrow outside inside among between against despite through
asked speaking according under unlike like beyond around across behind near toward towards upon via per than
le la les l’ l' un une des du de d’ d' et ou mais car donc or ni ce cette ces son sa ses leur leurs il elle ils elles on nous
vous je tu en dans sur sous avec sans pour par chez selon après avant depuis pendant entre vers contre lors sinon
il lo gli i una uno della delle degli dei del nel nella nei negli con per tra fra su da di che e ma o se anche già oggi
questo questa quello quella secondo fuori dopo prima mentre
der die das den dem des ein eine einer eines einem einen und oder aber doch denn sondern auch nicht nur noch schon heute
im am vom zum zur beim ins mit von zu bei nach vor aus auf für über unter gegen ohne durch seit bis wie wenn als dass ob
er sie es wir ihr ich man sein seine ihre ihr dieser diese dieses jener auch beide
el los las lo un una unos unas y o pero sino con sin por para según desde hasta entre sobre tras ante este esta estos
estas ese esa ellos ellas él ella nosotros
`);

/** Groups named by a common noun; their words have no single speaker. */
export const GENERIC_SPEAKERS = w(`
officials official sources source critics supporters opponents analysts experts observers residents fans protesters
demonstrators witnesses people voters observers aides advisers advisors staffers diplomats diplomat insiders
signs sign banner banners placards placard slogan poster posters graffiti chant chants crowd crowds
someone somebody anyone nobody many some others another others streikende beschäftigte demonstranten manifestants grévistes manifestanti
`);

/** Common nouns that stand for an organisation named nearby ("the operator, Northsound Ferries", "the company said"). */
export const ORG_NOUNS = w(`
company firm operator carrier airline group business retailer manufacturer maker developer producer lender insurer
utility chain brand startup start-up conglomerate supplier contractor broadcaster charity organisation organization
agency corporation multinational employer owner-operator landlord
société entreprise groupe compagnie opérateur società azienda gruppo compagnia operatore unternehmen firma konzern
reederei betreiber gesellschaft empresa compañía grupo operador
`);

