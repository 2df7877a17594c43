// Latvian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'lv',
  script: 'latin',
  words: ['un', 'ir', 'ar', 'par', 'no', 'uz', 'kas', 'ka', 'bet', 'tas', 'arī', 'lai', 'bija', 'vai'],
  titles: [],
  abbreviations: [],
};
export default data;
