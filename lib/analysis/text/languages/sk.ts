// Slovak: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sk',
  script: 'latin',
  words: ['a', 'je', 'sa', 'na', 'že', 'v', 's', 'z', 'to', 'sú', 'ako', 'aj', 'ktorý', 'bolo', 'nie', 'ale', 'jeho', 'pre', 'by'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['tj', 'napr', 'č'],
};
export default data;
