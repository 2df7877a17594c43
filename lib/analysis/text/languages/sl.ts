// Slovenian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sl',
  script: 'latin',
  words: ['in', 'je', 'na', 'da', 'se', 'za', 'so', 'pa', 'ki', 'tudi', 'bil', 'kot', 'ne', 'z', 'iz', 'bo', 'pri', 'ali'],
  titles: ['dr', 'prof'],
  abbreviations: ['npr', 'tj'],
};
export default data;
