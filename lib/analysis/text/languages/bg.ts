// Bulgarian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'bg',
  script: 'cyrillic',
  words: ['и', 'в', 'на', 'да', 'е', 'се', 'от', 'че', 'за', 'с', 'не', 'това', 'са', 'като', 'по', 'който', 'но', 'беше', 'ще', 'а', 'си', 'му', 'които', 'която', 'след', 'при', 'до', 'ги', 'най', 'има', 'още', 'към', 'бъде', 'тя', 'той', 'каза'],
  titles: [],
  abbreviations: [],
};
export default data;
