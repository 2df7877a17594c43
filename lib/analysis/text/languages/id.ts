// Indonesian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'id',
  script: 'latin',
  words: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'adalah', 'ke'],
  titles: ['Dr', 'Prof'],
  abbreviations: [],
};
export default data;
