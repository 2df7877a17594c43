// Serbian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sr',
  script: 'cyrillic',
  words: ['и', 'у', 'на', 'да', 'је', 'се', 'за', 'су', 'од', 'који', 'што', 'није', 'као', 'али', 'из', 'ће'],
  titles: [],
  abbreviations: [],
};
export default data;
