// Vietnamese: its most frequent words, most frequent first (the language guess), and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'vi',
  script: 'latin',
  words: ['và', 'của', 'là', 'có', 'được', 'các', 'những', 'cho', 'không', 'trong', 'một', 'người', 'với', 'này', 'đã', 'để', 'khi', 'từ', 'về', 'theo', 'cũng', 'đến', 'tại', 'ra', 'nhiều', 'sẽ', 'năm', 'như', 'nhưng', 'đó', 'hơn', 'thì', 'nước', 'vào', 'làm', 'lại', 'sau', 'bị', 'nói', 'còn'],
  titles: [],
  abbreviations: [],
};
export default data;
