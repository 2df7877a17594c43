// Czech: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'cs',
  script: 'latin',
  words: ['a', 'se', 'v', 'na', 'je', 'že', 'to', 's', 'z', 'o', 'do', 'i', 'k', 'jako', 'ale', 'by', 'pro', 'jsou', 'jeho', 'po', 'také', 'který', 'která', 'které', 'bylo', 'není', 'byl', 'už', 'podle', 'tak', 'od', 'za', 'jak', 'jen', 've', 'při', 'aby', 'mezi', 'však', 'této'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['tj', 'např', 'č'],
  ordinalDay: true,
};
export default data;
