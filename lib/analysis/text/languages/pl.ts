// Polish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'pl',
  script: 'latin',
  words: ['w', 'i', 'się', 'na', 'z', 'nie', 'do', 'to', 'że', 'jest', 'o', 'a', 'jak', 'po', 'co', 'tym', 'przez', 'od', 'dla', 'ale', 'jego', 'za', 'tak', 'już', 'czy', 'są', 'był', 'jej', 'oraz', 'może', 'tego', 'które', 'który', 'także', 'tylko', 'być', 'ich', 'ze', 'we', 'która'],
  titles: ['dr', 'prof'],
  abbreviations: ['ul', 'nr', 'tj', 'np'],
};
export default data;
