// Portuguese: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'pt',
  script: 'latin',
  words: ['o', 'os', 'que', 'do', 'da', 'não', 'uma', 'para', 'com', 'em', 'é', 'dos', 'das', 'ao', 'mais', 'foi', 'pelo', 'pela'],
  titles: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'Profa'],
  abbreviations: ['Av', 'etc', 'nº', 'pág'],
};
export default data;
