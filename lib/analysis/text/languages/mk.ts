// Macedonian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'mk',
  script: 'cyrillic',
  words: ['и', 'во', 'на', 'да', 'е', 'се', 'од', 'што', 'за', 'со', 'не', 'тоа', 'како', 'беше', 'ќе'],
  titles: [],
  abbreviations: [],
};
export default data;
