// Catalan: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ca',
  script: 'latin',
  words: ['de', 'la', 'i', 'que', 'el', 'a', 'en', 'les', 'del', 'es', 'els', 'per', 'un', 'amb', 'no', 'una', 'va', 'al', 'ha', 'és', 'dels', 'com', 'més', 'però', 'seu', 'seva', 'ho', 'hi', 'aquest', 'també', 'sobre', 'fins', 'ser', 'han', 'pel', 'quan'],
  titles: ['Sr', 'Sra', 'Dr'],
  abbreviations: ['etc'],
};
export default data;
