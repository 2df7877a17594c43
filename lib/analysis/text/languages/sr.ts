// Serbian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sr',
  script: 'cyrillic',
  words: ['и', 'у', 'на', 'да', 'је', 'се', 'за', 'су', 'од', 'који', 'што', 'није', 'као', 'али', 'из', 'ће', 'о', 'а', 'то', 'са', 'која', 'које', 'само', 'би', 'још', 'или', 'већ', 'по', 'након', 'био', 'била', 'према', 'године', 'кад', 'сам', 'смо', 'тако', 'против', 'до', 'због'],
  titles: [],
  abbreviations: [],
};
export default data;
