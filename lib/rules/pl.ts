// Polish word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

// Verbs of saying in the past tense, masculine stem ("powiedział") with the feminine and plural forms made below.
const PAST = `powiedział stwierdził zaznaczył podkreślił dodał wyjaśnił poinformował napisał odpowiedział przyznał
zauważył przekonywał ocenił oświadczył ostrzegł zapowiedział przypomniał tłumaczył mówił pytał zapewnił`;
const forms = PAST.trim().split(/\s+/).flatMap((v) => [v, `${v}a`, v.replace(/ł$/, 'li')]);

const pl: WordLists = {
  genitiveDomains: true,
  say: `${forms.join(', ')}, mówi, twierdzi, podkreśla, dodaje, wyjaśnia, pisze, ocenia, zaznacza, przekonuje`,
  frame: 'nazwał, nazwała, nazwali, określił, określiła',
  according: 'według, zdaniem, jak powiedział, jak powiedziała, jak podkreślił',
  pronouns: { on: 'm', ona: 'f', oni: 'n', one: 'n' },
  genderWords: { jego: 'm', jej: 'f' },
  proDrop: true,
  determiners: 'ten ta to ci te jego jej ich nasz nasza dwa dwie trzy',
  auxiliaries: 'też także również już potem wcześniej później jeszcze',
  clauseWords: 'który która które że kto gdzie kiedy jeśli i lub ale w na z do od dla przez po przed o za przy',
  functionWords: `i lub ale a w na z do od dla przez po przed o za przy że kto gdzie kiedy jeśli jak też także już
    on ona oni one ten ta to nie tak dziś wczoraj jutro`,
  honorifics: { pan: 'm', pani: 'f', dr: '', 'dr.': '', prof: '', 'prof.': '' },
  roles: `prezydent premier minister burmistrz prezes dyrektor dyrektorka sędzia adwokat prokurator poseł posłanka
    senator rzecznik rzeczniczka przewodniczący przewodnicząca szef szefowa lider trener kapitan ambasador ekspert
    ekspertka profesor wojewoda marszałek wiceprezydent wicepremier wiceminister wiceprzewodniczący wiceprezes
    wicedyrektor wiceburmistrz`,
  femaleRoles: 'dyrektorka posłanka rzeczniczka przewodnicząca szefowa ekspertka',
  maleRoles: 'poseł rzecznik przewodniczący szef',
  spokes: 'rzecznik rzeczniczka',
  orgHeads: `ministerstwo rząd partia związek stowarzyszenie fundacja spółka firma bank sąd komisja komitet rada
    instytut uniwersytet szkoła szpital kościół wojsko policja federacja agencja sejm senat urząd`,
  orgNouns: 'firma spółka ministerstwo rząd partia urząd policja',
  groups: 'źródła krytycy zwolennicy przeciwnicy analitycy eksperci obserwatorzy mieszkańcy kibice demonstranci świadkowie',
  notNames: `poniedziałek wtorek środa czwartek piątek sobota niedziela styczeń luty marzec kwiecień maj czerwiec lipiec
    sierpień wrzesień październik listopad grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia
    września października listopada grudnia`,
  locatives: 'w we na z ze pod koło',
  credits: 'fot, zdjęcie, źródło, autor',
  governments: 'rząd',
  // Read in every language's text (languages.ts everyLanguage).
  andWords: 'i',
};

export default pl;
