// Spanish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'es',
  script: 'latin',
  words: ['de', 'la', 'que', 'el', 'en', 'y', 'a', 'los', 'del', 'se', 'las', 'por', 'un', 'con', 'no', 'una', 'su', 'para', 'es', 'al', 'lo', 'como', 'más', 'o', 'pero', 'sus', 'le', 'ha', 'ya', 'fue', 'este', 'sobre', 'entre', 'también', 'dijo', 'cuando', 'muy', 'sin', 'hasta', 'desde'],
  titles: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'Lic', 'Ing', 'Ud', 'Uds', 'Dña'],
  abbreviations: ['Av', 'etc', 'pág', 'núm'],
};
export default data;
