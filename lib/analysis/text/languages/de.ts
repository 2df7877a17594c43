// German: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'de',
  script: 'latin',
  words: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'sagte', 'wurde', 'auch', 'von', 'zu'],
  titles: ['Dr', 'Prof', 'Hr', 'Fr', 'St'],
  abbreviations: ['Nr', 'bzw', 'usw', 'ca', 'vgl', 'Str', 'Mio', 'Mrd', 'Jh', 'Abs', 'Art', 'Tel'],
};
export default data;
