// Turkish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'tr',
  script: 'latin',
  words: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'ne', 'çok', 'olarak', 'olan', 'gibi', 'daha', 'ama', 'değil'],
  titles: ['Dr', 'Prof'],
  abbreviations: [],
};
export default data;
