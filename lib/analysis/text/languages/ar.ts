// Arabic: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ar',
  script: 'arabic',
  words: ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'التي', 'الذي', 'مع', 'هذا', 'كان', 'قال', 'و', 'ما', 'لا', 'هذه', 'بين', 'أو', 'بعد', 'كما', 'وقد', 'ذلك', 'إن', 'قد', 'كل', 'حيث', 'عام', 'وفي', 'لم', 'ثم', 'الى', 'وهو', 'هو', 'غير', 'منذ', 'أي', 'خلال', 'عند', 'عليه', 'لكن'],
  titles: [],
  abbreviations: [],
};
export default data;
