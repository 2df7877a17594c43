// Russian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ru',
  script: 'cyrillic',
  words: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'его', 'был', 'но', 'из', 'для', 'от', 'она', 'сказал'],
  titles: [],
  abbreviations: ['г', 'гг', 'т', 'д'],
};
export default data;
