// Estonian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'et',
  script: 'latin',
  words: ['ja', 'on', 'ei', 'et', 'see', 'oli', 'kui', 'ka', 'mis', 'aga', 'ta', 'nagu', 'või', 'seda'],
  titles: [],
  abbreviations: [],
};
export default data;
