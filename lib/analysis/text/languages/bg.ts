// Bulgarian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'bg',
  script: 'cyrillic',
  words: ['и', 'в', 'на', 'да', 'е', 'се', 'от', 'че', 'за', 'с', 'не', 'това', 'са', 'като', 'по', 'който', 'но', 'беше'],
  titles: [],
  abbreviations: [],
};
export default data;
