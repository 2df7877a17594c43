// Dutch: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'nl',
  script: 'latin',
  words: ['de', 'van', 'het', 'een', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'voor', 'met', 'die', 'niet', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'door', 'maar', 'werd', 'heeft', 'naar', 'nog', 'wordt', 'uit', 'tot', 'hij', 'ze', 'dan', 'of', 'over', 'zei', 'meer', 'wel', 'zal'],
  titles: ['dhr', 'mevr', 'mr', 'drs', 'ir', 'Dr', 'Prof'],
  abbreviations: ['ca', 'bijv', 'nr'],
};
export default data;
