// Arabic: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ar',
  script: 'arabic',
  words: ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'التي', 'الذي', 'مع', 'هذا', 'كان', 'قال'],
  titles: [],
  abbreviations: [],
};
export default data;
