// Catalan: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ca',
  script: 'latin',
  words: ['el', 'els', 'i', 'de', 'la', 'les', 'que', 'és', 'per', 'amb', 'no', 'una', 'del', 'va', 'als', 'seva', 'però'],
  titles: ['Sr', 'Sra', 'Dr'],
  abbreviations: ['etc'],
};
export default data;
