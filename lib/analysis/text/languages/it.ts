// Italian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'it',
  script: 'latin',
  words: ['di', 'e', 'il', 'la', 'che', 'in', 'a', 'per', 'un', 'del', 'è', 'della', 'l', 'le', 'non', 'i', 'si', 'una', 'con', 'da', 'al', 'dei', 'alla', 'ha', 'sono', 'gli', 'nel', 'anche', 'più', 'lo', 'come', 'ma', 'ci', 'delle', 'nella', 'stato', 'suo', 'questo', 'dell'],
  titles: ['Sig', 'Sigg', 'Dott', 'Prof', 'Avv', 'Ing', 'On', 'Sen', 'Mons'],
  abbreviations: ['ecc', 'pag'],
};
export default data;
