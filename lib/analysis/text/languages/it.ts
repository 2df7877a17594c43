// Italian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'it',
  script: 'latin',
  words: ['il', 'che', 'di', 'è', 'della', 'per', 'non', 'del', 'una', 'sono', 'alla', 'anche', 'gli', 'nel', 'dei', 'con', 'ha'],
  titles: ['Sig', 'Sigg', 'Dott', 'Prof', 'Avv', 'Ing', 'On', 'Sen', 'Mons'],
  abbreviations: ['ecc', 'pag'],
};
export default data;
