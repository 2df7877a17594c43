// Portuguese: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'pt',
  script: 'latin',
  words: ['de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'à', 'seu', 'sua', 'ou', 'ser', 'quando', 'muito', 'nos', 'já', 'está', 'também', 'pelo', 'pela', 'são', 'disse', 'até'],
  titles: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'Profa'],
  abbreviations: ['Av', 'etc', 'nº', 'pág'],
};
export default data;
