// Latvian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'lv',
  script: 'latin',
  words: ['un', 'ir', 'ar', 'par', 'no', 'uz', 'kas', 'ka', 'bet', 'tas', 'arī', 'lai', 'bija', 'vai', 'to', 'ko', 'tā', 'pie', 'gan', 'jau', 'vēl', 'tikai', 'kā', 'viņš', 'pēc', 'kad', 'līdz', 'tiek', 'būs', 'var', 'nav', 'tad', 'kur', 'šī', 'savu', 'caur', 'viņa', 'tomēr', 'starp', 'tie'],
  titles: [],
  abbreviations: [],
  ordinalDay: true,
};
export default data;
