// Persian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fa',
  script: 'arabic',
  words: ['و', 'در', 'به', 'از', 'که', 'این', 'را', 'با', 'است', 'برای', 'آن', 'شد', 'می', 'هم', 'یک', 'تا', 'بر', 'خود', 'شده', 'کرد', 'بود', 'ها', 'اما', 'نیز', 'وی', 'او', 'ای', 'دارد', 'هر', 'کند', 'کرده', 'باید', 'پس', 'اگر', 'همه', 'شود', 'گفت', 'یا', 'هیچ', 'بین'],
  titles: [],
  abbreviations: [],
};
export default data;
