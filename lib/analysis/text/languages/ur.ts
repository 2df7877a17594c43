// Urdu: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ur',
  script: 'arabic',
  words: ['کے', 'کی', 'میں', 'ہے', 'اور', 'کو', 'سے', 'نے', 'کہ', 'پر', 'یہ', 'ہیں'],
  titles: [],
  abbreviations: [],
};
export default data;
