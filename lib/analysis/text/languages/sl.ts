// Slovenian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sl',
  script: 'latin',
  words: ['in', 'je', 'na', 'da', 'se', 'za', 'so', 'pa', 'ki', 'tudi', 'bil', 'kot', 'ne', 'z', 'iz', 'bo', 'pri', 'ali', 'v', 's', 'po', 'o', 'to', 'še', 'ga', 'bi', 'od', 'bila', 'lahko', 'le', 'že', 'smo', 'jih', 'sem', 'ker', 'kar', 'tem', 'do', 'ter'],
  titles: ['dr', 'prof'],
  abbreviations: ['npr', 'tj'],
  ordinalDay: true,
};
export default data;
