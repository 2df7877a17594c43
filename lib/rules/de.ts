// German word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

const de: WordLists = {
  nounsCapitalised: true,
  hyphenAdjectives: true,
  say: `sagte, sagt, sagten, sagen, gesagt, erklärte, erklärt, erklärten, betonte, betont, betonten, meinte, meint,
    mahnte, mahnt, warnte, warnt, warnten, fügte, fügt, ergänzte, ergänzt, kritisierte, kritisiert, forderte, fordert,
    schrieb, schreibt, schrieben, berichtete, berichtet, teilte mit, teilt mit, äußerte, äußert, schilderte, schildert,
    räumte ein, räumt ein, rief, ruft, erzählte, erzählt, sprach, versprach, bekräftigte, bekräftigt, unterstrich,
    unterstreicht, stellte klar, hieß es, heißt es, twitterte, antwortete, antwortet, entgegnete, entgegnet, beklagte,
    beklagt, versicherte, versichert, skandierten, skandierte, zitierte, zitiert, bilanzierte, resümierte, resümiert,
    kommentierte, kommentiert, argumentierte, argumentiert, begründete, begründet, bestätigte, bestätigt, verkündete,
    verkündet, erläuterte, erläutert, gab zu, gibt zu, gab an, gibt an, fragte, fragt, verwies, verweist, appellierte, appelliert, lobte, lobt, ärgerte sich,
    freute sich, freut sich, zeigte sich, zeigt sich, wetterte, wettert, klagte, klagt, jubelte, schimpfte,
    schimpft, machte deutlich, macht deutlich, ließ wissen, verriet, verrät, gestand, gesteht, behauptete,
    behauptet, monierte, moniert, postete, sagte er, sagte sie, protestiert, protestierte, erwidert, erwiderte,
    konterte, kontert, bedauert, bedauerte, analysiert, analysierte, urteilt, urteilte, beteuert, beteuerte,
    bestätigte, verteidigte, verteidigt, sprach von, spricht von, stellt klar, räumt ein, gibt zu, fügt hinzu,
    stellte fest, stellt fest`,
  frame: `nach eigenen worten, nannte, nennt, bezeichnete, bezeichnet, sprach von, spricht von, kündigte an, kündigt an,
    warf vor, wirft vor, wies zurück, weist zurück, verurteilte, verurteilt, lobte, lobt, bezeichneten, beschrieb,
    beschreibt, betitelte, titulierte, attestierte, attestiert, unterstellte, unterstellt, nannten, forderten,
    warnte vor, warnt vor, sprach sich aus, glaubt, glaubte, findet, fand, hofft, hoffte, geht davon aus, ging davon aus,
    erwartet, erwartete`,
  afterQuote: 'so',
  examples: 'wie, darunter, etwa',
  according: 'laut, nach angaben von, nach angaben der, nach angaben des, nach worten von',
  ownView: 'aus seiner sicht, aus ihrer sicht, seiner ansicht nach, ihrer ansicht nach, seiner meinung nach, ihrer meinung nach, für ihn, für sie',
  reportedMood: 'sei seien habe werde könne müsse solle wolle dürfe möge wisse gebe stehe liege bleibe komme brauche hätten würden wären könnten müssten dürften kämen gäbe gingen',
  backReference: 'mit diesen worten, mit diesen sätzen, so',
  latter: "letzterer, letztere",
  documentNouns: 'aussage erklärung mitteilung pressemitteilung stellungnahme brief schreiben nachricht video',
  ageEndings: '-jährige -jähriger -jährigen',
  accordingAfter: 'zufolge',
  pronouns: { er: 'm', sie: 'f', ich: 'n', wir: 'n', es: 'x', man: 'x' },
  genderWords: { sie: 'n', ihm: 'm', ihn: 'm', sein: 'm', seine: 'm', seinem: 'm', seinen: 'm', seiner: 'm', seines: 'm' },
  indefinites: 'ein eine einer eines einem einen',
  reflexives: 'sich',
  expletives: 'es',
  addressVerbs: 'sagte dem, sagte der, sagte im gespräch mit',
  pressWords: 'interview gespräch journalist journalistin reporter reporterin korrespondent korrespondentin fotograf fotografin fernsehen sender zeitung',
  siteWords: 'nachrichten aktuell',
  recipients: 'dem gegenüber zu',
  datives: 'dem einem',
  affiliations: 'von, vom, von der, von den, aus, bei, beim, an der, am',
  firstPerson: `ich mich mir mein meine meinen meinem meiner`,
  firstPlural: 'wir',
  articleContractions: 'vom zum zur beim im am',
  determiners: `der die das den dem des ein eine einer eines einem einen sein seine seiner seinem seinen seines ihr
    ihre ihrer ihrem ihren ihres dieser diese dieses diesem diesen jener jene kein keine unser unsere zwei drei`,
  auxiliaries: `hat hatte habe haben hatten ist war sind waren wird wurde würde auch dann später erneut bereits jedoch
    noch zudem außerdem ebenfalls zuletzt damals gestern heute nun jetzt schon immer wieder nochmals`,
  clauseWords: `der die das welche welcher welches dass weil wenn als ob und oder aber in im am an auf aus bei mit nach
    von vor zu zum zur für über unter gegen ohne durch seit bis wie während gegenüber`,
  functionWords: `der die das den dem des ein eine einer eines einem einen und oder aber doch denn sondern auch nicht
    sowohl weder entweder außer solange
    nur noch schon heute im am vom zum zur beim ins mit von zu bei nach vor aus auf für über unter gegen ohne durch
    seit bis wie wenn als dass ob er sie es wir ihr ich man sein seine ihre dieser diese dieses jener beide alle
    viele einige manche jeder jede jedes dort hier da so wo was wer warum wann wie welche welcher dabei damit daher
    deshalb trotzdem jedoch zudem außerdem inzwischen bereits allerdings sogar laut gestern morgen vorher nachher
    zuvor danach dann später immer wieder mehr weniger kein keine nichts etwas ja nein bitte danke
    wovor wofür womit worauf woran worüber wozu wodurch wobei wogegen wohin woher worin woraus wonach worum
    davor dafür darauf daran darüber dazu dadurch dagegen darin daraus darum hierzu hierfür hiermit`,
  honorifics: { herr: 'm', herrn: 'm', frau: 'f', dr: '', 'dr.': '', prof: '', 'prof.': '' },
  roles: `minister ministerin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin präsident
    präsidentin sprecher sprecherin senator senatorin vorsitzender vorsitzende chef chefin direktor direktorin richter
    richterin kanzler kanzlerin trainer trainerin coach kapitän leiter leiterin geschäftsführer geschäftsführerin
    abgeordneter abgeordnete kandidat kandidatin spitzenkandidat spitzenkandidatin staatsanwalt staatsanwältin anwalt
    anwältin landrat landrätin ständerat ständerätin nationalrat nationalrätin bundesrat bundesrätin stadtrat stadträtin
    experte expertin lehrer lehrerin schüler schülerin mitschüler mitschülerin schulleiter schulleiterin professor
    professorin forscher forscherin ökonom ökonomin gewerkschafter gewerkschafterin vorstand vorständin
    ministerpräsident ministerpräsidentin regierungschef regierungschefin staatssekretär staatssekretärin
    polizeisprecher polizeisprecherin pressesprecher pressesprecherin verteidiger verteidigerin stürmer spieler
    spielerin torhüter torwart sportdirektor intendant intendantin bischof pfarrer pfarrerin papst könig königin
    fraktionschef fraktionschefin parteichef parteichefin generalsekretär generalsekretärin landeschef`,
  femaleRoles: `ministerin bürgermeisterin oberbürgermeisterin präsidentin sprecherin senatorin vorsitzende chefin
    direktorin richterin kanzlerin trainerin leiterin geschäftsführerin abgeordnete kandidatin spitzenkandidatin
    staatsanwältin anwältin landrätin ständerätin nationalrätin bundesrätin stadträtin expertin lehrerin schülerin
    mitschülerin schulleiterin professorin forscherin ökonomin gewerkschafterin ministerpräsidentin
    regierungschefin staatssekretärin polizeisprecherin pressesprecherin verteidigerin spielerin intendantin
    pfarrerin königin fraktionschefin parteichefin generalsekretärin`,
  // (a noun before a name that ends so names a woman: "Kriminologin Bärbel Bongartz", "die Autorin …")
  femaleEndings: 'ologin istin orin erin antin entin andin ärin',
  maleRoles: `minister bürgermeister oberbürgermeister präsident sprecher senator vorsitzender chef direktor richter
    kanzler trainer leiter geschäftsführer abgeordneter kandidat spitzenkandidat staatsanwalt anwalt landrat ständerat
    nationalrat stadtrat lehrer schüler mitschüler schulleiter ökonom gewerkschafter ministerpräsident regierungschef
    staatssekretär polizeisprecher pressesprecher verteidiger spieler intendant pfarrer könig papst bischof`,
  portfolioRoles: 'minister ministerin ministerium senator senatorin staatssekretär staatssekretärin',
  spokes: 'sprecher sprecherin pressesprecher pressesprecherin polizeisprecher polizeisprecherin',
  roleSynonyms: 'trainer|trainerin|coach|coachin',
  actingRoles: 'interims übergangs kommissarisch kommissarische kommissarischer neue neuer neuen nachfolger nachfolgerin',
  elderWords: 'ältere älteren vater mutter senior',
  youngerWords: 'jüngere jüngeren sohn tochter junior',
  roleSuffixes: `senatorin senator ministerin minister führerin führer vorsitzender vorsitzende sprecherin sprecher
    präsidentin präsident leiterin leiter chefin chef direktorin direktor meisterin meister geschäftsführerin
    geschäftsführer beauftragter beauftragte rätin rat anwältin anwalt kandidatin kandidat trainerin trainer
    expertin experte sekretärin sekretär coach professorin professor spezialistin spezialist`,
  orgHeads: `gewerkschaft verband zentralverband bund ministerium bundesministerium amt gericht behörde kammer partei
    reederei stiftung bank konzern rat senat regierung landesregierung bundesregierung agentur bundesagentur
    verein universität hochschule schule klinik klinikum krankenhaus institut polizei feuerwehr staatsanwaltschaft
    kommission ausschuss fraktion gruppe ag gmbh kg se ev e.v. bundestag landtag parlament kirche bistum verlag
    sender rundfunk club fc sv team zentrale union anstalt armee miliz`,
  orgSuffixes: `ministerium verband gewerkschaft behörde gericht kammer partei amt reederei konzern stiftung bank
    agentur regierung verein hochschule universität institut kommission polizei staatsanwaltschaft anstalt
    organisation miliz armee`,
  orgNouns: `unternehmen firma konzern reederei betreiber gesellschaft ministerium behörde regierung partei verband
    gewerkschaft verein gericht polizei stadt gemeinde amt agentur schule universität klinik sender
    plattform marktplatz shop billigshop onlineshop händler anbieter hersteller marktführer denkfabrik thinktank
    unternehmensberatung`,
  mediaHeads: `zeitung allgemeine rundschau spiegel stern bild welt zeit tagesspiegel kurier anzeiger nachrichten
    morgenpost abendblatt presse standard handelsblatt focus dpa ard zdf orf srf`,
  phraseNouns: `brand flammen kraft frage gang betrieb gefahr haft gewahrsam erwägung ordnung summe ungnade rente
    anspruch führung rückstand panik ruhe kürze folge mode verruf verzug schieflage bedrängnis not rot grün`,
  namedPlaceHeads: 'golf bucht meer insel inseln kap straße linie',
  placeHeads: 'platz straße strasse hafen brücke bahnhof flughafen see berg tal insel stadion halle stadt dorf region provinz flüchtlingslager stadtteil',
  facilities: 'halle palast gebäude turm stadion arena bahnhof flughafen schloss burg dom kirche haus brücke zentrum museum theater hotel',
  documentHeads: 'gesetz gesetzes gesetzentwurf verordnung richtlinie novelle',
  eventNouns: `gespräche gipfel abkommen konferenz verhandlungen treffen wahl wahlen krieg anschlag prozess`,
  groups: `beamte behörden experten kritiker anhänger gegner beobachter anwohner fans demonstranten zeugen menschen
    wähler streikende beschäftigte demonstranten mitarbeiter eltern schüler forscher`,
  notNames: `montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember jänner weihnachten ostern pfingsten silvester wm em`,
  dateHeads: 'tag woche',
  eventHeads: 'operation manöver orkan hurrikan taifun zyklon',
  nameParticles: 'von van der den de zu und für',
  notParticles: 'das',
  nameEndings: 's es',
  placeAdjectives: 'er> er>en ner>en',
  adjectiveInflections: 'e en er es em',
  obliqueAdjectives: 'ischen>ische lichen>liche igen>ige',
  obliqueArticles: 'der dem den einer einem einen vom zum zur beim im am',
  adjectiveEndings: 'liche lichen licher liches lichem ische ischen ischer isches ischem ige igen iger iges igem',
  locatives: 'in im aus bei nach vor nahe',
  contests: 'gegen',
  clockWords: 'uhr h',
  clauseOpeners: 'wenn als und aber',
  coordinators: 'und aber oder doch denn sondern',
  complementisers: 'dass',
  passives: 'wurde wurden worden wird werden',
  agents: 'von',
  possessives: 'sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres',
  nounOpeners: `ein eine einer eines einem einen mein meine meinem meinen meiner meines dein deine deinem deinen deiner
    deines sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren
    unserer unseres euer eure eurem euren eurer eures kein keine keinem keinen keiner keines jeglicher jegliche
    jegliches jeglichen jeglichem jeder jede jedes jedem jeden sämtliche sämtlicher sämtlichen manche mancher
    manches manchen solche solcher solches solchen`,
  workplaces: 'bei',
  credits: 'foto, fotos, bild, bilder, quelle, von, text, mitarbeit',
  governments: 'regierung',
  openingPrepositions: 'nach vor in im bei beim seit während trotz mit ohne außerhalb innerhalb',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'der von vom',
  bodyLinks: 'von vom',
  roleLinks: 'der',
  nameLinks: 'von',
  afterHeadLinks: 'für',
  andWords: 'und',
  // ('transparentn' is no word: an expansion of the pattern this list replaced, kept so that no output changes)
  notKeyWords: 'streikende transparent transparente transparenten transparentn',
  performedWords: 'zeilen liedzeile liedzeilen verszeile verszeilen strophe refrain sang singt gesungen singend rezitierte rezitiert',
};

export default de;
