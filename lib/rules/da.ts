// Danish and Norwegian (Bokmål) word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

const da: WordLists = {
  say: `sagde, siger, sa, sier, skrev, skriver, fortalte, forteller, fortæller, forklarede, forklarer, understregede,
    understreger, understreket, konstaterede, konstaterer, advarede, advarer, tilføjede, tilføjer, svarede, svarer,
    svarte, mener, mente, oplyste, oplyser, opplyser, opplyste, fastslog, spurgte, spør, spørger, uttalte, udtalte`,
  frame: 'kaldte, kalder, kalte, kaller, beskrev, beskriver',
  according: 'ifølge',
  ageEndings: '-årige',
  pronouns: { han: 'm', hun: 'f', de: 'n', jeg: 'n', vi: 'n', det: 'x' },
  genderWords: { ham: 'm', hans: 'm', hende: 'f', hendes: 'f', henne: 'f', hennes: 'f' },
  indefinites: 'en et ett',
  reflexives: 'sig',
  determiners: 'den det de en et ett hans hendes hennes deres denne dette disse vores to tre',
  auxiliaries: 'har havde hadde er var også senere siden allerede',
  clauseWords: 'som at når hvor hvis og eller men i på af av til for med fra ved om under efter etter før',
  functionWords: `og eller men i på af av til for med fra ved om under efter etter før han hun de den det en et jeg vi
    som at når hvor her der ikke også allerede i dag i går ja nej nei tak takk`,
  roles: `statsminister minister præsident president borgmester ordfører ordfører formand leder talsmand talsperson
    direktør dommer advokat anklager træner trener landstræner kaptajn ekspert professor forsker konge dronning
    lektor ambassadør politimester`,
  honorifics: { dr: '', 'dr.': '' },
  femaleRoles: 'dronning',
  maleRoles: 'konge talsmand',
  spokes: 'talsmand talsperson pressetalsperson pressesjef',
  orgHeads: `ministerium ministeriet departement regering regjering parti forbund forening stiftelse selskab selskap
    firma bank domstol kommission kommisjon udvalg råd kommune region universitet skole sykehus hospital kirke hær
    politi politiet folketing storting klub`,
  orgNouns: 'selskab selskap firma ministerium regering regjering parti kommune politi',
  groups: 'kilder kritikere tilhængere modstandere analytikere eksperter beboere fans demonstranter vidner vælgere',
  notNames: `mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts mars april maj mai juni juli
    august september oktober november december`,
  nameParticles: 'af von de',
  locatives: 'i på fra ved nær',
  workplaces: 'hos',
  credits: 'foto, billede, bilde, kilde',
  governments: 'regering regeringen',
  // Read in every language's text (languages.ts everyLanguage).
  andWords: 'og',
};

export default da;
