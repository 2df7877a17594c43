// Urdu: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ur',
  script: 'arabic',
  words: ['کے', 'کی', 'میں', 'ہے', 'اور', 'کو', 'سے', 'نے', 'کہ', 'پر', 'یہ', 'ہیں', 'کا', 'بھی', 'ایک', 'تھا', 'گیا', 'وہ', 'کر', 'تھی', 'لیے', 'نہیں', 'جو', 'اس', 'ان', 'ہو', 'کیا', 'تک', 'گا', 'بعد'],
  titles: [],
  abbreviations: [],
};
export default data;
