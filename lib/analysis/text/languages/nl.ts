// Dutch: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'nl',
  script: 'latin',
  words: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'dat', 'op', 'voor', 'met', 'zijn', 'ook', 'werd', 'bij', 'naar', 'maar'],
  titles: ['dhr', 'mevr', 'mr', 'drs', 'ir', 'Dr', 'Prof'],
  abbreviations: ['ca', 'bijv', 'nr'],
};
export default data;
