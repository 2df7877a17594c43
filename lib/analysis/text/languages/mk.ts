// Macedonian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'mk',
  script: 'cyrillic',
  words: ['и', 'во', 'на', 'да', 'е', 'се', 'од', 'што', 'за', 'со', 'не', 'тоа', 'како', 'беше', 'ќе', 'ги', 'но', 'а', 'до', 'кои', 'која', 'кој', 'по', 'има', 'си', 'му', 'таа', 'тој', 'при', 'после', 'бидејќи', 'изјави', 'ова', 'овој', 'сите', 'веќе', 'само', 'повеќе', 'треба'],
  titles: [],
  abbreviations: [],
};
export default data;
