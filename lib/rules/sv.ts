// Swedish word lists for the analysis (see languages.ts for what each list is for).
import type { WordLists } from './word-lists';

const sv: WordLists = {
  say: `sa, sade, säger, sagt, skrev, skriver, berättade, berättar, förklarade, förklarar, betonade, betonar,
    konstaterade, konstaterar, varnade, varnar, tillade, tillägger, svarade, svarar, menade, menar, uppgav, uppger,
    hävdade, hävdar, fortsatte, fortsätter, meddelade, meddelar, frågade, frågar, skriver på`,
  frame: 'kallade, kallar, beskrev, beskriver',
  according: 'enligt',
  ageEndings: '-åring -åringen',
  pronouns: { han: 'm', hon: 'f', de: 'n', jag: 'n', vi: 'n', det: 'x', du: 'n', ni: 'n' },
  genderWords: { honom: 'm', hans: 'm', henne: 'f', hennes: 'f' },
  indefinites: 'en ett',
  reflexives: 'sig',
  possessives: 'min mitt mina din ditt dina sin sitt sina vår vårt våra er ert era',
  determiners: 'den det de en ett hans hennes deras denna detta dessa vår två tre',
  auxiliaries: 'har hade är var också senare sedan redan även',
  clauseWords: 'som att när där om och eller men i på av till för med från vid om under efter före',
  functionWords: `och eller men i på av till för med från vid om under efter före han hon de den det en ett jag vi ni
    som att när där här inte också redan i dag igår i morgon ja nej tack mig dig oss dem`,
  roles: `statsminister minister president borgmästare ordförande talesperson presstalesperson chef direktör domare
    advokat åklagare riksdagsledamot tränare förbundskapten kapten ledare expert professor forskare kung drottning
    docent lektor ambassadör`,
  honorifics: { dr: '', 'dr.': '' },
  femaleRoles: 'drottning',
  maleRoles: 'kung',
  spokes: 'talesperson presstalesperson pressekreterare',
  orgHeads: `departement regering regeringen parti förbund förening stiftelse bolag företag bank domstol kommission
    kommitté råd kommun region universitet skola sjukhus kyrka armé polis polisen myndighet riksdag klubb lag`,
  orgNouns: 'företag bolag departement regering parti kommun myndighet polis',
  groups: 'källor kritiker anhängare motståndare analytiker experter boende fans demonstranter vittnen väljare',
  notNames: `måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj juni juli augusti
    september oktober november december`,
  nameParticles: 'af von de',
  locatives: 'i på från vid nära',
  workplaces: 'hos',
  credits: 'foto, bild, källa',
  governments: 'regering regeringen',
  // Read in every language's text (languages.ts everyLanguage).
  andWords: 'och',
};

export default sv;
