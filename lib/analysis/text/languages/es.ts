// Spanish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'es',
  script: 'latin',
  words: ['el', 'los', 'que', 'del', 'las', 'por', 'y', 'una', 'para', 'con', 'es', 'se', 'su', 'al', 'como', 'pero', 'más'],
  titles: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Lic', 'Ing', 'Ud', 'Uds', 'Dña'],
  abbreviations: ['Av', 'etc', 'pág', 'núm'],
};
export default data;
