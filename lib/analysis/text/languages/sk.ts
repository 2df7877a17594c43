// Slovak: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sk',
  script: 'latin',
  words: ['a', 'sa', 'v', 'na', 'je', 'že', 'to', 's', 'z', 'o', 'do', 'aj', 'k', 'ako', 'ale', 'by', 'pre', 'sú', 'jeho', 'po', 'tiež', 'ktorý', 'ktorá', 'ktoré', 'bolo', 'nie', 'bol', 'už', 'podľa', 'tak', 'od', 'za', 'len', 'vo', 'pri', 'aby', 'medzi', 'však', 'ich', 'keď'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['tj', 'napr', 'č'],
  ordinalDay: true,
};
export default data;
