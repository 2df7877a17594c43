// Romanian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ro',
  script: 'latin',
  words: ['și', 'de', 'la', 'în', 'a', 'să', 'cu', 'nu', 'este', 'pe', 'din', 'care', 'o', 'un', 'mai', 'fost', 'pentru'],
  titles: ['dl', 'dna'],
  abbreviations: ['nr'],
};
export default data;
