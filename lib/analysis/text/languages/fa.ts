// Persian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fa',
  script: 'arabic',
  words: ['و', 'در', 'به', 'از', 'که', 'این', 'را', 'با', 'است', 'برای', 'آن', 'شد', 'می'],
  titles: [],
  abbreviations: [],
};
export default data;
