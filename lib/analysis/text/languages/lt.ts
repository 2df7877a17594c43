// Lithuanian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'lt',
  script: 'latin',
  words: ['ir', 'kad', 'į', 'su', 'yra', 'o', 'bet', 'tai', 'kaip', 'buvo', 'iš', 'nuo', 'jis', 'ar', 'dėl', 'tik', 'bus', 'jau', 'apie', 'per', 'iki', 'taip', 'jo', 'ji', 'kur', 'po', 'net', 'jų', 'dar', 'nes', 'kurie', 'kuris', 'savo', 'būti', 'tačiau', 'prie', 'todėl', 'visi', 'ne', 'už'],
  titles: [],
  abbreviations: [],
};
export default data;
