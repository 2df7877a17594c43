// Estonian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'et',
  script: 'latin',
  words: ['ja', 'on', 'ei', 'et', 'see', 'oli', 'kui', 'ka', 'mis', 'aga', 'ta', 'nagu', 'või', 'seda', 'ning', 'tema', 'mida', 'siis', 'veel', 'kes', 'pole', 'mille', 'kuid', 'nad', 'üle', 'pärast', 'peab', 'juba', 'ole', 'sest', 'ainult', 'oma', 'kõik', 'selle', 'olid', 'mitte', 'siin'],
  titles: [],
  abbreviations: [],
  ordinalDay: true,
};
export default data;
