// Spanish word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Verbs of saying: preterite, present and past participle ("dijo", "dice", "ha dicho"); the imperfect ("explicaba",
// "sostenía") is made from the participle, or given as a fourth form where it is irregular ("decía"); the present's
// plural adds -n.
const VERBS = `dijo:dice:dicho:decía afirmó:afirma:afirmado declaró:declara:declarado explicó:explica:explicado
añadió:añade:añadido aseguró:asegura:asegurado señaló:señala:señalado indicó:indica:indicado agregó:agrega:agregado
sostuvo:sostiene:sostenido advirtió:advierte:advertido manifestó:manifiesta:manifestado subrayó:subraya:subrayado
destacó:destaca:destacado comentó:comenta:comentado concluyó:concluye:concluido insistió:insiste:insistido
relató:relata:relatado contó:cuenta:contado escribió:escribe:escrito:escribía respondió:responde:respondido
apuntó:apunta:apuntado reconoció:reconoce:reconocido lamentó:lamenta:lamentado denunció:denuncia:denunciado
aseveró:asevera:aseverado expresó:expresa:expresado precisó:precisa:precisado recordó:recuerda:recordado
tuiteó:tuitea:tuiteado espetó:espeta:espetado zanjó:zanja:zanjado replicó:replica:replicado
sentenció:sentencia:sentenciado admitió:admite:admitido confesó:confiesa:confesado preguntó:pregunta:preguntado
exclamó:exclama:exclamado criticó:critica:criticado defendió:defiende:defendido anunció:anuncia:anunciado
prometió:promete:prometido pidió:pide:pedido avisó:avisa:avisado opinó:opina:opinado alertó:alerta:alertado
enfatizó:enfatiza:enfatizado planteó:plantea:planteado aclaró:aclara:aclarado contestó:contesta:contestado
remarcó:remarca:remarcado reiteró:reitera:reiterado valoró:valora:valorado apostilló:apostilla:apostillado
rememoró:rememora:rememorado informó:informa:informado resumió:resume:resumido detalló:detalla:detallado
matizó:matiza:matizado puntualizó:puntualiza:puntualizado argumentó:argumenta:argumentado ironizó:ironiza:ironizado
abundó:abunda:abundado deslizó:desliza:deslizado describió:describe:descrito:describía justificó:justifica:justificado
recalcó:recalca:recalcado reafirmó:reafirma:reafirmado especificó:especifica:especificado resaltó:resalta:resaltado
confirmó:confirma:confirmado reveló:revela:revelado incidió:incide:incidido sugirió:sugiere:sugerido
observó:observa:observado narró:narra:narrado ratificó:ratifica:ratificado`;
const imperfect = (part: string) => part.replace(/ado$/, 'aba').replace(/ido$/, 'ía');
const forms = VERBS.trim().split(/\s+/).flatMap((t) => {
  const [pret, pres, part, imp] = t.split(':') as [string, string, string, string?];
  // (and the present's plural, "aseguran", "dicen": a group's, or a dropped subject's, words)
  return [pret, pres, `${pres}n`, `ha ${part}`, `había ${part}`, imp ?? imperfect(part)];
});

const es: WordLists = {
  // (and the reflexive verbs of saying: "se preguntaba")
  say: `${forms.join(', ')}, se preguntó, se pregunta, se preguntaba, se ha preguntado, se quejó, se queja, se quejaba,
    se ha quejado`,
  frame: `calificó de, calificó, califica, llamó, describió, habló de, definió, consideró, considera, tildó de,
    pidió, reclamó, exigió, calificando, llamando, describiendo, considerando`,
  examples: 'como, tales como, entre ellos, entre ellas',
  according: 'según, de acuerdo con, en palabras de, a juicio de, a juicio del',
  backReference: 'así lo, así, con esas palabras, con estas palabras, de esta forma, de esa forma, de este modo, en estos términos',
  latter: "este último, esta última, éste último",
  documentNouns: 'comunicado nota carta mensaje tuit escrito vídeo video anuncio',
  opinion: 'para, en opinión de, a ojos de',
  ownView: 'a su juicio, en su opinión, a sus ojos, para él, para ella, según él, según ella',
  pronouns: { él: 'm', ella: 'f', ellos: 'n', ellas: 'n', yo: 'n', nosotros: 'n', 'él mismo': 'm', 'ella misma': 'f' },
  genderWords: {},
  indefinites: 'un una unos unas',
  orgArticles: 'el la los las',
  proDrop: true,
  addressVerbs: 'dijo a, declaró a, explicó a, aseguró a',
  pressWords: 'entrevista periodista reportero reportera corresponsal fotógrafo fotógrafa televisión radio diario periódico',
  siteWords: 'noticias',
  recipients: 'al a ante',
  datives: 'al a',
  affiliations: 'de, del, de la, de los, de las',
  firstPerson: `yo me mi mis conmigo`,
  firstPlural: 'nosotros nosotras',
  articleContractions: 'del al',
  determiners: `el la los las lo un una unos unas su sus este esta estos estas ese esa esos esas aquel aquella nuestro
    nuestra dos tres varios varias`,
  auxiliaries: 'ha había habría ha sido es era fue también luego después ya además todavía',
  adverbEndings: 'mente',
  clauseWords: `que quien quienes cual cuales cuyo donde cuando si y o pero porque a al de del en con sin por para
    según desde hasta entre sobre tras ante durante mediante`,
  functionWords: `el los las lo un una unos unas y o pero sino con sin por para según desde hasta entre sobre tras ante
    este esta estos estas ese esa ellos ellas él ella nosotros que quien como cuando donde porque aunque también
    ya hoy ayer mañana muy más menos sí no gracias su sus al del en de la a se le les`,
  honorifics: { sr: 'm', 'sr.': 'm', sra: 'f', 'sra.': 'f', don: 'm', doña: 'f', dr: '', 'dr.': '', dra: 'f', 'dra.': 'f' },
  roles: `alcalde alcaldesa portavoz ministro ministra presidente presidenta director directora juez jueza senador
    senadora diputado diputada secretario secretaria jefe jefa líder dirigente candidato candidata fiscal abogado
    abogada entrenador entrenadora técnico piloto jugador jugadora capitán ingeniero ingeniera consejero consejera
    delegado delegada embajador embajadora experto experta profesor profesora investigador investigadora
    economista analista mandatario mandataria rey reina papa obispo fundador fundadora gobernador gobernadora
    concejal concejala comisario comisaria comisionado comisionada vicepresidente vicepresidenta canciller`,
  femaleArticles: 'la una',
  maleArticles: 'el un del al',
  femaleRoles: `alcaldesa ministra presidenta directora jueza senadora diputada secretaria jefa candidata abogada
    entrenadora jugadora ingeniera consejera delegada embajadora experta profesora investigadora mandataria reina
    fundadora gobernadora concejala comisaria comisionada vicepresidenta`,
  maleRoles: `alcalde ministro presidente director juez senador diputado secretario jefe candidato abogado entrenador
    jugador ingeniero consejero delegado embajador experto profesor investigador mandatario rey fundador gobernador
    concejal comisario comisionado vicepresidente`,
  portfolioRoles: 'ministro ministra ministerio secretario secretaria jefe jefa consejero consejera',
  spokes: 'portavoz vocero vocera',
  actingRoles: 'interino interina nuevo nueva',
  orgHeads: `ayuntamiento ministerio gobierno partido sindicato asociación fundación empresa compañía tribunal corte
    comisión consejo comité instituto universidad escuela hospital iglesia ejército policía fiscalía federación
    confederación unión banco grupo club equipo agencia congreso senado parlamento junta generalitat xunta asamblea plataforma`,
  orgNouns: `empresa compañía grupo operador ministerio gobierno partido sindicato ayuntamiento asociación federación
    tribunal policía agencia club equipo escudería`,
  mediaHeads: 'país mundo abc vanguardia razón periódico diario efe europa press cadena ser cope rtve antena',
  namedPlaceHeads: 'golfo bahía mar isla islas lago cabo estrecho línea sierra',
  placeHeads: 'calle plaza avenida puente estación aeropuerto puerto río lago monte valle isla playa región ciudad',
  facilities: 'palacio edificio torre estadio estación aeropuerto castillo catedral iglesia casa puente centro museo teatro hotel plaza',
  documentLeads: 'ley decreto ordenanza directiva reglamento',
  eventNouns: 'conversaciones cumbre acuerdo conferencia negociaciones reunión elecciones guerra atentado juicio gran premio',
  groups: `fuente fuentes críticos partidarios opositores analistas expertos observadores vecinos aficionados manifestantes
    testigos gente votantes`,
  notNames: `lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre setiembre octubre noviembre diciembre navidad`,
  dateHeads: 'día semana',
  nameParticles: 'de del la las los y',
  locatives: 'en a desde hacia cerca',
  contests: 'contra ante',
  clockWords: 'h horas',
  clauseOpeners: 'cuando y pero',
  coordinators: 'y pero o sino',
  relatives: 'que quien quienes',
  complementisers: 'que',
  passives: 'fue fueron sido',
  agents: 'por',
  possessives: 'su sus',
  credits: 'foto, fotos, fuente, por, imagen',
  governments: 'gobierno',
  openingPrepositions: 'tras después antes en desde durante con sin',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'de del',
  bodyLinks: 'de del',
  roleLinks: 'de del',
  ofParticles: 'de del',
  andWords: 'y',
  performedWords: 'versos estribillo cantó cantaba cantando recitó recitaba',
};

export default es;
