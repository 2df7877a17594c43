// French: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fr',
  script: 'latin',
  words: ['le', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'que', 'pas', 'sur', 'au', 'avec', 'il', 'elle', 'ont'],
  titles: ['MM', 'Mme', 'Mlle', 'Dr', 'Pr', 'St', 'Ste', 'Mgr'],
  abbreviations: ['av', 'etc', 'cf', 'env'],
};
export default data;
