// Polish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'pl',
  script: 'latin',
  words: ['i', 'w', 'nie', 'się', 'na', 'że', 'z', 'do', 'to', 'jest', 'jak', 'o', 'ale', 'po', 'co', 'przez', 'dla', 'oraz', 'który'],
  titles: ['dr', 'prof'],
  abbreviations: ['ul', 'nr', 'tj', 'np'],
};
export default data;
