// Portuguese word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Verbs of saying: preterite, present and past participle ("disse", "diz", "tem dito"); the imperfect ("explicava",
// "defendia") is made from the participle, or given as a fourth form where it is irregular ("dizia").
const VERBS = `disse:diz:dito:dizia afirmou:afirma:afirmado declarou:declara:declarado explicou:explica:explicado
acrescentou:acrescenta:acrescentado assegurou:assegura:assegurado garantiu:garante:garantido
salientou:salienta:salientado sublinhou:sublinha:sublinhado destacou:destaca:destacado comentou:comenta:comentado
concluiu:conclui:concluído insistiu:insiste:insistido contou:conta:contado escreveu:escreve:escrito:escrevia
respondeu:responde:respondido reconheceu:reconhece:reconhecido lamentou:lamenta:lamentado
denunciou:denuncia:denunciado afirmou:afirma:afirmado avisou:avisa:avisado alertou:alerta:alertado
defendeu:defende:defendido criticou:critica:criticado anunciou:anuncia:anunciado questionou:questiona:questionado
perguntou:pergunta:perguntado referiu:refere:referido adiantou:adianta:adiantado frisou:frisa:frisado
indicou:indica:indicado observou:observa:observado ressaltou:ressalta:ressaltado admitiu:admite:admitido
prometeu:promete:prometido relatou:relata:relatado confessou:confessa:confessado`;
const imperfect = (part: string) => part.replace(/ado$/, 'ava').replace(/[ií]do$/, 'ia');
const forms = VERBS.trim().split(/\s+/).flatMap((t) => {
  const [pret, pres, part, imp] = t.split(':') as [string, string, string, string?];
  return [pret, pres, `tem ${part}`, `tinha ${part}`, imp ?? imperfect(part)];
});

const pt: WordLists = {
  say: forms.join(', '),
  frame: 'classificou, classifica, chamou, chama, descreveu, considerou, considera, qualificou, pediu, exigiu',
  according: 'segundo, de acordo com, conforme, nas palavras de',
  backReference: 'assim, com estas palavras, com essas palavras',
  latter: "este último, esta última",
  documentNouns: 'comunicado nota carta mensagem vídeo',
  opinion: 'para, na opinião de, aos olhos de',
  pronouns: { ele: 'm', ela: 'f', eles: 'n', elas: 'n', eu: 'n', nós: 'n' },
  genderWords: { dele: 'm', dela: 'f' },
  indefinites: 'um uma uns umas',
  proDrop: true,
  recipients: 'ao à aos às a perante',
  datives: 'ao aos à às',
  affiliations: 'do, da, de, dos, das',
  firstPerson: `eu me mim meu minha meus minhas comigo`,
  articleContractions: 'do da dos das ao à aos às',
  determiners: `o a os as um uma uns umas seu sua seus suas este esta estes estas esse essa esses essas aquele aquela
    nosso nossa dois duas três vários várias`,
  auxiliaries: 'tem tinha havia foi era é também depois já ainda ainda',
  adverbEndings: 'mente',
  clauseWords: `que quem qual quais cujo onde quando se e ou mas porque a ao à de do da dos das em no na com sem por
    para segundo desde até entre sobre após ante durante perante`,
  functionWords: `o a os as um uma uns umas e ou mas com sem por para segundo desde até entre sobre após ante este esta
    estes estas esse essa eles elas ele ela nós que quem como quando onde porque embora também já hoje ontem amanhã
    muito mais menos sim não obrigado seu sua ao do da dos das em no na nos nas de se lhe`,
  honorifics: { sr: 'm', 'sr.': 'm', sra: 'f', 'sra.': 'f', dr: '', 'dr.': '', dra: 'f', 'dra.': 'f', dom: 'm', dona: 'f' },
  roles: `ministro ministra presidente prefeito prefeita presidente porta-voz diretor diretora juiz juíza senador
    senadora deputado deputada secretário secretária chefe líder dirigente candidato candidata procurador
    procuradora advogado advogada treinador treinadora técnico jogador jogadora capitão governador governadora
    vereador vereadora embaixador embaixadora especialista professor professora investigador investigadora
    economista analista rei rainha papa bispo fundador fundadora comissário comissária primeiro-ministro`,
  femaleArticles: 'a uma da na',
  maleArticles: 'o um do no',
  femaleRoles: `ministra prefeita diretora juíza senadora deputada secretária candidata procuradora advogada treinadora
    jogadora governadora vereadora embaixadora professora investigadora rainha fundadora comissária`,
  maleRoles: `ministro prefeito diretor juiz senador deputado secretário candidato procurador advogado treinador jogador
    governador vereador embaixador professor investigador rei fundador comissário`,
  portfolioRoles: 'ministro ministra ministério secretário secretária',
  spokes: 'porta-voz',
  actingRoles: 'interino interina novo nova',
  orgHeads: `ministério governo partido sindicato associação fundação empresa companhia tribunal supremo comissão
    conselho comité comitê instituto universidade escola hospital igreja exército polícia federação confederação
    união banco grupo clube equipa equipe agência congresso senado parlamento assembleia câmara prefeitura`,
  orgNouns: `empresa companhia grupo operador ministério governo partido sindicato câmara associação federação
    tribunal polícia agência clube equipa equipe`,
  mediaHeads: 'público expresso folha globo estadão jornal diário observador lusa rtp sic',
  namedPlaceHeads: 'golfo baía mar ilha ilhas lago cabo estreito linha serra',
  placeHeads: 'rua praça avenida ponte estação aeroporto porto rio lago monte vale ilha praia região cidade bairro',
  facilities: 'palácio edifício torre estádio estação aeroporto castelo catedral igreja casa ponte centro museu teatro hotel praça',
  documentLeads: 'lei decreto diretiva regulamento',
  eventNouns: 'conversações cimeira cúpula acordo conferência negociações reunião eleições guerra atentado julgamento',
  groups: 'fontes críticos apoiantes apoiadores opositores analistas especialistas observadores moradores adeptos torcedores manifestantes testemunhas eleitores',
  notNames: `segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março abril
    maio junho julho agosto setembro outubro novembro dezembro natal páscoa`,
  dateHeads: 'dia semana',
  nameParticles: 'de do da dos das e',
  locatives: 'em no na a ao desde perto',
  contests: 'contra diante',
  clockWords: 'h horas',
  credits: 'foto, fotos, fonte, por, imagem',
  governments: 'governo',
  openingPrepositions: 'após depois antes em no na desde durante com sem',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'de da do dos das',
  bodyLinks: 'de da do',
  roleLinks: 'de da do dos',
  ofParticles: 'de da do dos',
  andWords: 'e',
  performedWords: 'versos refrão cantou cantava cantando recitou',
  complementisers: 'que',
};

export default pt;
