// Russian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'ru',
  script: 'cyrillic',
  words: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'он', 'его', 'был', 'но', 'из', 'для', 'от', 'она', 'сказал', 'к', 'а', 'о', 'за', 'же', 'то', 'у', 'так', 'все', 'было', 'года', 'также', 'при', 'бы', 'они', 'уже', 'ее', 'только', 'может', 'будет', 'были', 'чтобы'],
  titles: [],
  abbreviations: ['г', 'гг', 'т', 'д'],
};
export default data;
