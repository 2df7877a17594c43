// Romanian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ro',
  script: 'latin',
  words: ['de', 'și', 'în', 'a', 'la', 'cu', 'să', 'pe', 'din', 'că', 'nu', 'o', 'un', 'care', 'este', 'mai', 's', 'pentru', 'fost', 'au', 'ce', 'se', 'sunt', 'al', 'fi', 'sau', 'lui', 'acest', 'după', 'va', 'le', 'spus', 'prin', 'dar', 'unei', 'ale', 'către', 'iar'],
  titles: ['dl', 'dna'],
  abbreviations: ['nr'],
};
export default data;
