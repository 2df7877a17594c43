// Italian word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Verbs of saying: present and past participle ("dice", "ha detto"); the imperfect ("spiegava", "avvertiva") is made
// from the participle, or given as a third form where it is irregular ("diceva").
const VERBS = `dice:detto:diceva dichiara:dichiarato spiega:spiegato aggiunge:aggiunto:aggiungeva afferma:affermato racconta:raccontato
precisa:precisato sottolinea:sottolineato replica:replicato commenta:commentato osserva:osservato
annuncia:annunciato avverte:avvertito conclude:concluso:concludeva ribadisce:ribadito scrive:scritto:scriveva risponde:risposto:rispondeva
assicura:assicurato insiste:insistito ammette:ammesso:ammetteva confida:confidato denuncia:denunciato twitta:twittato
attacca:attaccato accusa:accusato avverte:avvertito rivela:rivelato ricorda:ricordato chiede:chiesto:chiedeva
promette:promesso:prometteva garantisce:garantito evidenzia:evidenziato incalza:incalzato rilancia:rilanciato
spiega:spiegato commenta:commentato esordisce:esordito chiarisce:chiarito`;
const imperfect = (part: string) => part.replace(/ato$/, 'ava').replace(/ito$/, 'iva');
const forms = VERBS.trim().split(/\s+/).flatMap((t) => {
  const [pres, part, imp] = t.split(':') as [string, string, string?];
  return [pres, `ha ${part}`, `aveva ${part}`, imp ?? imperfect(part)];
});

const it: WordLists = {
  say: `${forms.join(', ')}, disse`,
  frame: 'ha definito, definisce, ha parlato di, parla di, ha chiamato, chiama, ha chiesto, chiede di, ha invitato a',
  according: 'secondo, a detta di, stando a',
  backReference: 'così, con queste parole',
  latter: "quest'ultimo, quest'ultima, quest’ultimo, quest’ultima",
  documentNouns: 'comunicato nota lettera messaggio video',
  siteWords: 'notizie',
  opinion: 'per, a parere di, agli occhi di',
  pronouns: { lui: 'm', lei: 'f', egli: 'm', ella: 'f', loro: 'n', noi: 'n', io: 'n' },
  genderWords: {},
  indefinites: 'un uno una un’',
  orgArticles: "il lo la gli l’ l'",
  proDrop: true,
  lowerAdjectiveNames: true,
  recipients: 'al alla allo ai agli alle a',
  datives: 'al alla allo ai agli alle',
  affiliations: 'di, del, della, dell’, dello, dei, degli',
  firstPerson: `io mi me mio mia miei mie`,
  firstPlural: 'noi',
  articleContractions: 'del dello della dei degli delle al allo alla ai agli alle',
  determiners: `il lo la i gli le l’ un uno una un’ suo sua suoi sue loro questo questa questi queste quel quella
    quei quelle nostro nostra due tre`,
  auxiliaries: 'ha aveva avrà hanno è era sono anche poi già ancora inoltre',
  adverbEndings: 'mente',
  clauseWords: `che chi cui quale quali dove quando se e o ma perché a al alla di del della in nel nella con su per tra
    fra da dopo prima durante`,
  functionWords: `il lo la i gli le l’ un uno una della delle degli dei del nel nella nei negli con per tra fra su da
    di che e ma o se anche già oggi ieri domani questo questa quello quella secondo fuori dopo prima mentre come
    dove quando perché così più meno molto sì no grazie`,
  honorifics: { sig: 'm', 'sig.': 'm', 'sig.ra': 'f', signor: 'm', signora: 'f', dott: '', 'dott.': '', 'dott.ssa': 'f', avv: '', 'avv.': '' },
  roles: `ministro ministra sindaco sindaca presidente portavoce direttore direttrice assessore assessora consigliere
    consigliera segretario segretaria senatore senatrice deputato deputata avvocato avvocata giudice prefetto
    allenatore tecnico capitano giocatore leader premier procuratore procuratrice esperto esperta professore
    professoressa ricercatore ricercatrice economista papa vescovo fondatore fondatrice amministratore delegato`,
  femaleArticles: 'la una della alla dalla',
  maleArticles: 'il lo un uno del dello al allo dal',
  femaleRoles: `ministra sindaca direttrice assessora consigliera segretaria senatrice deputata avvocata
    procuratrice esperta professoressa ricercatrice fondatrice`,
  maleRoles: `ministro sindaco direttore assessore consigliere segretario senatore deputato avvocato prefetto
    allenatore giocatore procuratore esperto professore ricercatore fondatore`,
  portfolioRoles: 'ministro ministra ministero segretario segretaria',
  spokes: 'portavoce',
  actingRoles: 'interim nuovo nuova traghettatore',
  orgHeads: `consiglio comune ministero tribunale corte associazione sindacato federazione società compagnia gruppo
    partito movimento agenzia regione provincia procura camera senato governo banca fondazione comitato istituto
    università scuola ospedale chiesa esercito polizia carabinieri unione club squadra`,
  orgNouns: `società azienda gruppo compagnia operatore ministero governo partito sindacato comune associazione
    federazione tribunale procura polizia agenzia club squadra`,
  mediaHeads: 'repubblica corriere stampa sole messaggero giornale fatto ansa rai mediaset',
  namedPlaceHeads: 'golfo baia mare isola isole lago capo stretto linea',
  placeHeads: 'via piazza palazzo corso ponte stazione aeroporto porto fiume lago monte valle isola spiaggia regione città',
  facilities: 'palazzo torre stadio stazione aeroporto castello duomo cattedrale chiesa casa ponte centro museo teatro albergo piazza',
  documentLeads: 'legge decreto direttiva regolamento',
  eventNouns: 'colloqui vertice accordo conferenza negoziati riunione elezioni guerra attentato processo',
  groups: 'fonti critici sostenitori oppositori analisti esperti osservatori residenti tifosi manifestanti testimoni gente elettori',
  notNames: `lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio
    agosto settembre ottobre novembre dicembre natale pasqua`,
  dateHeads: 'giorno settimana',
  nameParticles: 'di del della dei degli da de e',
  locatives: 'a in da presso vicino',
  contests: 'contro',
  clockWords: 'h ore',
  clauseOpeners: 'mentre e ma',
  coordinators: 'e ma o però',
  relatives: 'che',
  complementisers: 'che',
  passives: 'fu furono stato stata stati state venne vennero',
  agents: 'da',
  possessives: 'suo sua suoi sue loro',
  workplaces: 'presso',
  credits: 'foto, fonte, di',
  governments: 'governo',
  openingPrepositions: 'dopo prima in a da durante con senza nel nella',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'di del della da',
  bodyLinks: 'di del della da',
  roleLinks: 'di del della dell’ da',
  ofParticles: 'di del della da',
  andWords: 'e',
  notKeyWords: 'cartelli',
  performedWords: 'versi ritornello cantò cantato cantando recitò recitato',
};

export default it;
