// English word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Regular verbs of saying, inflected below (yell → yells, yelled, yelling).
const LEMMAS = `yell shout scream whisper mutter murmur chant add note reply respond answer explain argue claim insist
warn caution urge plead beg demand ask wonder remark comment observe state declare announce proclaim confirm deny
acknowledge admit concede recall recount tweet post text email blog joke quip boast brag complain lament grumble
predict promise vow pledge threaten suggest propose recommend assert contend maintain stress emphasize emphasise
continue conclude testify interject retort counter chime muse sigh laugh snap scoff mock question exclaim gush rave
reiterate repeat report reveal disclose allege charge recall caution counsel concur reason surmise posit opine
blog riff gripe fume rant huff marvel muse boast recount relay remind pledge assure vent beam confess acknowledge
submit rebut reassure wonder reckon figure guess retaliate demur utter bark retweet`;

/** Verbs that double their last consonant (admit → admitted). */
const DOUBLING = /^(?:snap|chat|quip|admit|commit|regret|blog|submit|permit|omit|emit|refer|confer|prefer|rebut|plot|jot|stop|drop|nag|demur)$/;

function inflect(l: string): string[] {
  const dbl = DOUBLING.test(l);
  const ed = /e$/.test(l) ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : dbl ? `${l}${l.slice(-1)}ed` : `${l}ed`;
  const s = /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  const ing = /[^e]e$/.test(l) ? `${l.slice(0, -1)}ing` : dbl ? `${l}${l.slice(-1)}ing` : `${l}ing`;
  return [l, s, ed, ing];
}
const regular = LEMMAS.split(/\s+/).flatMap(inflect).join(', ');

const en: WordLists = {
  hyphenAdjectives: true,
  say: `said, says, say, saying, told, tells, tell, telling, wrote, writes, write, written, writing, stated, states,
    pointed out, points out, went on, goes on, told reporters, read, reads, reading, put it, puts it, sang, sings,
    cried, tweeted out, wrote in, thundered, whispered, shot back, shoots back, fired back, fires back, hit back, hits back,
    ${regular}`,
  frame: `called, calls, calling, described, describes, describing, dubbed, labeled, labelled, labeling, labelling,
    termed, branded, blamed, blames, blaming, accused, accuses, accusing, criticized, criticised, criticizing,
    denounced, denouncing, praised, praising, welcomed, hailed, dismissed, rejected, expressed, expresses, expressing,
    referred to, characterized, characterised, likened, thanked, defended, committed, cited, ruled, rated, exhorted,
    lauded, condemned, condemning, compared, comparing, bemoaned, touted, slammed, blasted, attacked, questioned,
    decried, derided, ridiculed, deemed, quoted, invoked, challenged, encouraged, encouraging, highlighted,
    underscored, found, revealed, disputed, labels, dubs, brands, dismisses, praises, hails, referencing, referenced,
    pointed to, seethed, bragged, portrayed, portraying, portray, echoed, echoing, mouthing, mouthed, referring to,
    refers to, refer to, sees, saw, views, viewed, considers, considered, regards, regarded, insists on, promising,
    vowing, urging, pledging, asking, warning, arguing, insisting, claiming, calling for, hoping, hopes, hoped,
    vowed to, coined, chanting, chanted, read out, declaring, proclaiming, labelling, demanding, seeking, sought, cites, citing,
    knocked, knocks, knocking`,
  directives: 'demand demands demanded demanding urge urges urged urging ask asks asked asking implore implored challenge challenged challenging',
  examples: 'such as, like, including',
  nicknames: 'conservative party|conservatives|tories|tory, republican party|gop|grand old party, liberal democrats|lib dems',
  according: 'according to, in the words of, as put by, quoting',
  backReference: 'with those words, with these words',
  latter: "the latter",
  documentNouns: 'statement statements release report letter tweet tweets post email e-mail memo message note video ad ads advert advertisement video text',
  opinion: 'for, in the view of, in the eyes of',
  ownView: 'in his view, in her view, in his eyes, in her eyes, in his opinion, in her opinion, to him, to her, for him, for her',
  ageEndings: '-year-old',
  pronouns: { he: 'm', she: 'f', they: 'n', we: 'n', i: 'n', it: 'o', you: 'x' },
  singularThey: 'they',
  genderWords: { him: 'm', his: 'm', himself: 'm', her: 'f', hers: 'f', herself: 'f' },
  indefinites: 'a an one another some',
  orgArticles: 'the',
  addressVerbs: 'told, said to, speaking to, speaking with, in an interview with',
  pressWords: 'interview writer writers reporter reporters journalist correspondent videographer photographer producer editor columnist television radio broadcaster newspaper',
  recipients: 'to',
  datives: 'to',
  affiliations: 'of, of the, from, from the, at, at the, with, with the',
  firstPerson: `i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine myself`,
  firstPlural: 'we',
  determiners: `the a an his her its their our my your this that these those one another some several many two three
    four five every each both either neither any no such whose`,
  auxiliaries: `has had have was is were are would will could should did does do may might can must shall be been
    being also later then once still further
    again previously recently repeatedly publicly privately immediately simply flatly already even never often
    sometimes now just first last quickly finally subsequently separately similarly himself herself themselves`,
  adverbEndings: 'ly',
  clauseWords: `who which whose whom that in on at to for with from after before during when while as about of told
    said by into over under since than because but and or if whether where says tells`,
  functionWords: `a an the this that these those there here it its he she they we you i his her their our my your one
    some any all both each and or but nor so yet for of in on at to from by with without about after before during
    since until under over into onto as if when while where whether because although though however meanwhile
    moreover also still then thus instead indeed not no yes only just even ever never now today yesterday tomorrow
    outside inside among between against despite through asked speaking according unlike like beyond around across
    behind near toward towards upon via per than what who why how which whose whom let please thank thanks dear
    what's it's that's there's here's we're they're i'm he's she's don't can't won't`,
  honorifics: {
    'mr': 'm', 'mr.': 'm', 'mrs': 'f', 'mrs.': 'f', 'ms': 'f', 'ms.': 'f', 'miss': 'f', 'dr': '', 'dr.': '',
    'prof': '', 'prof.': '', 'sir': 'm', 'dame': 'f', 'lord': 'm', 'lady': 'f', 'rev': '', 'rev.': '', 'fr.': 'm',
    'gen': '', 'gen.': '', 'col': '', 'col.': '', 'lt': '', 'lt.': '', 'sgt': '', 'sgt.': '', 'capt': '', 'capt.': '',
    'sen': '', 'sen.': '', 'rep': '', 'rep.': '', 'gov': '', 'gov.': '', 'pres': '', 'pres.': '', 'atty': '',
    'supt': '', 'adm': '', 'cmdr': '', 'maj': '', 'amb': '', 'hon': '', 'cpl': '', 'pvt': '', 'ald': '', 'cllr': '',
    'insp': '', 'det': '', 'const': '', 'adv': '', 'adv.': '', 'maj-gen': '', 'lt-gen': '', 'brig': '', 'brig-gen': '',
    // Malaysian honorifics, written in English text before the name ("Datuk Seri Anwar Ibrahim")
    'datuk': '', 'dato': '', "dato'": '', 'datin': 'f', 'seri': '', 'tun': '', 'tunku': '', 'tengku': '',
  },
  roles: `president vice prime minister ministers secretary mayor governor senator congressman congresswoman
    councilmember councilman councilwoman councillor councilor commissioner chancellor representative ambassador judge
    justice speaker chairman chairwoman chair director chief executive deputy attorney general sheriff officer
    detective inspector superintendent premier king queen prince princess pope cardinal bishop rabbi imam sheikh emir
    sultan ayatollah mullah captain colonel major lieutenant sergeant admiral marshal coach manager founder owner
    candidate nominee leader rival challenger incumbent economist analyst professor lawyer advocate counsel activist author
    pastor reverend principal trustee treasurer auditor comptroller clerk delegate lawmaker legislator assemblyman
    assemblywoman rapper singer actor actress host anchor correspondent reporter columnist editor publisher ceo cfo
    coo cto vp svp evp mec chairperson mediator prosecutor official farmer driver spokesperson spokesman spokeswoman strategist
    adviser advisor aide envoy negotiator diplomat minister-president commander commandant boss striker midfielder
    defender goalkeeper forward player teammate referee umpire scientist researcher doctor physician nurse teacher
    student pupil historian expert investigator owner-operator president-elect mayor-elect governor-elect pollster
    researcher chairman-elect presenter actor playwright novelist poet composer director-general secretary-general
    whistleblower witness victim suspect defendant plaintiff resident administrator`,
  femaleRoles: `spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman actress queen princess
    duchess countess empress waitress hostess headmistress`,
  maleRoles: `spokesman chairman congressman councilman assemblyman businessman king prince duke count emperor
    waiter host headmaster`,
  portfolioRoles: 'minister ministers ministry secretary department undersecretary mec',
  spokes: 'spokesman spokeswoman spokesperson spokespeople',
  actingRoles: 'interim caretaker acting incoming new',
  elderWords: 'elder older father mother senior',
  youngerWords: 'younger son daughter junior',
  orgHeads: `union association commission committee panel council ministry department office agency authority board inquiry
    court tribunal institute institution foundation fund bank group company corporation corp corp. co. inc inc. ltd ltd.
    llc plc party alliance federation confederation league coalition movement front organisation organization society
    chamber inspectorate service services administration bureau directorate secretariat parliament assembly congress
    senate cabinet government army police navy force forces guard university college school hospital church mosque
    network news times post journal gazette herald tribune press semiconductors microelectronics resources industries
    holdings partners systems technologies airlines airways motors energy petroleum oil mining pharmaceuticals labs
    laboratories media entertainment studios records line lines shipping emirate caliphate kingdom taliban club fc team
    center centre trust council commission cooperative co-operative guild brigade brigades command corps fleet
    academy museum library council institute exchange reserve lab coalition caucus campaign consulting consultancy
    consultants advisors advisers ventures`,
  orgNouns: `company firm operator carrier airline group business retailer manufacturer maker developer producer lender
    carmaker automaker chipmaker drugmaker steelmaker planemaker shipbuilder
    insurer utility chain brand startup start-up conglomerate supplier contractor broadcaster charity organisation
    organization agency corporation multinational employer landlord ministry department government administration
    council committee commission union association party club team court board regulator watchdog police campaign
    bureau office authority foundation institute university school hospital bank network publisher newspaper
    platform marketplace vendor provider label`,
  mediaHeads: `times post journal gazette herald tribune news daily telegraph guardian observer independent chronicle
    courier echo reuters bloomberg associated press afp cnn bbc nbc cbs abc fox msnbc politico axios magazine
    weekly review standard mirror sun express star examiner register inquirer bulletin dispatch presse`,
  namedPlaceHeads: 'gulf bay sea isle island islands lake cape strait straits sound firth line',
  placeHeads: `street st. avenue ave. road square hall palace bridge park station airport harbour harbor port river lake
    mountain mount valley island islands beach coast province state county district region city town village basin
    terminal crossing border mine field stadium arena tower building house castle cathedral hill highway boulevard
    peninsula bay gulf sea ocean desert forest canal plaza strait falls heights springs belt plains`,
  facilities: 'hall palace building tower stadium arena station airport terminal castle cathedral church house bridge mall centre center museum theatre theater hotel hospital prison court courthouse plaza square park',
  areaNouns: 'region province county district municipality prefecture',
  documentHeads: 'bill bills act acts law laws amendment ordinance statute directive regulation regulations',
  eventNouns: `talks summit agreement accord deal process conference meeting negotiations round dialogue format
    declaration protocol treaty framework initiative forum ceasefire truce plan attack attacks bombing bombings
    massacre crisis war election elections primary caucus caucuses debate campaign games cup championship open
    marathon festival awards trial case`,
  groups: `officials official sources source critics supporters opponents analysts experts observers residents fans
    protesters demonstrators witnesses people voters aides advisers advisors staffers diplomats insiders signs sign
    banner banners placards placard slogan poster posters graffiti chant chants crowd crowds someone somebody anyone
    nobody many some others another members member leaders workers students parents activists lawmakers democrats
    republicans conservatives liberals authorities police investigators prosecutors researchers scientists doctors`,
  notNames: `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter
    ramadan eid thanksgiving halloween republican republicans democratic democrat democrats today tonight
    yesterday tomorrow breaking update updated exclusive opinion analysis editorial`,
  dateHeads: 'day eve night week weekend',
  eventHeads: 'operation exercise hurricane typhoon cyclone',
  nameParticles: 'of for de del della di da van von der den bin ibn al el la le and & y',
  headLinks: 'on',
  locatives: 'in at from near outside inside across around into toward towards via through throughout',
  contests: 'against vs vs. v',
  clockWords: 'am pm a.m. p.m.',
  clauseOpeners: 'when while as and but after before because until then',
  coordinators: 'and but or yet so',
  relatives: 'that which who',
  complementisers: 'that',
  passives: 'is are was were be been being',
  agents: 'by',
  possessives: 'his her its their my our your',
  workplaces: 'at',
  credits: `reporting by, photograph, photography, illustration, reported by, writing by, edited by, editing by, additional reporting by, photo by, photos by,
    photograph by, photography by, image by, images by, video by, graphic by, graphics by, illustration by,
    compiled by, written by, by, with reporting from, contributed to this report, contributed reporting, photo,
    photos, image, credit, source, getty images, afp via getty images, reuters, ap photo, associated press, with files from, with reports from`,
  governments: 'government',
  openingPrepositions: 'after before in at on from during following since until with without despite near outside inside across within throughout beyond unlike like amid',
  demonymEndings: 'an ian ean ese ish ic',
  // Read in every language's text (languages.ts everyLanguage): see word-lists.ts for each list's use.
  ofLinks: 'of for',
  bodyLinks: 'of for',
  roleLinks: 'of for',
  afterHeadLinks: 'of for',
  linkingHeads: 'house duke duchess king queen prince princess city state states republic kingdom isle bay gulf sea cape port',
  andWords: 'and',
  notKeyWords: 'sign signs banner banners placard placards slogan slogans chant chants poster posters graffiti fans crowd crowds protesters demonstrators',
  performedWords: 'lines lyrics lyric verse verses refrain chorus sang sings sung singing recited recites reciting',
};

export default en;
