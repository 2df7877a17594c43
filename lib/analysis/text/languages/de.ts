// German: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'de',
  script: 'latin',
  words: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'er', 'hat', 'aus', 'bei', 'wird', 'sie', 'nach', 'sagte', 'wurde', 'noch', 'um', 'über', 'einer', 'vor', 'zum', 'zur', 'dass'],
  titles: ['Dr', 'Prof', 'Hr', 'Fr', 'St'],
  abbreviations: ['Nr', 'bzw', 'usw', 'ca', 'vgl', 'Str', 'Mio', 'Mrd', 'Jh', 'Abs', 'Art', 'Tel'],
  ordinalDay: true,
};
export default data;
