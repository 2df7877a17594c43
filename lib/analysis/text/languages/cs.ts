// Czech: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'cs',
  script: 'latin',
  words: ['a', 'je', 'se', 'na', 'že', 'v', 's', 'z', 'to', 'jsou', 'jako', 'také', 'který', 'bylo', 'není', 'ale', 'jeho', 'pro', 'by'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['tj', 'např', 'č'],
};
export default data;
