// French: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fr',
  script: 'latin',
  words: ['de', 'la', 'le', 'et', 'les', 'des', 'l', 'à', 'en', 'du', 'un', 'd', 'une', 'est', 'que', 'pour', 'qui', 'dans', 'a', 'par', 'au', 'sur', 'pas', 'il', 'ne', 'plus', 'se', 'qu', 'avec', 'ce', 'sont', 'elle', 'ont', 'été', 'mais', 'aux', 'ou', 'son', 'sa', 'n'],
  titles: ['MM', 'Mme', 'Mlle', 'Dr', 'Pr', 'St', 'Ste', 'Mgr'],
  abbreviations: ['av', 'etc', 'cf', 'env'],
};
export default data;
