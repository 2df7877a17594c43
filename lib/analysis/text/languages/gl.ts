// Galician: its most frequent words, most frequent first (the language guess), and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'gl',
  script: 'latin',
  words: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'en', 'un', 'para', 'é', 'non', 'unha', 'os', 'no', 'se', 'na', 'por', 'como', 'máis', 'as', 'dos', 'foi', 'ao', 'das', 'pero', 'tamén', 'ou', 'xa', 'cando', 'ser', 'moi', 'pola', 'polo', 'está', 'seu', 'súa'],
  titles: ['Sr', 'Sra', 'Dr', 'Dra'],
  abbreviations: ['etc'],
};
export default data;
