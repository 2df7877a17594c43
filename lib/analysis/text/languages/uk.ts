// Ukrainian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'uk',
  script: 'cyrillic',
  words: ['і', 'в', 'на', 'не', 'що', 'з', 'у', 'до', 'та', 'як', 'це', 'він', 'його', 'був', 'але', 'для', 'від', 'вона', 'також', 'й', 'за', 'про', 'із', 'а', 'о', 'то', 'вже', 'бути', 'яка', 'які', 'який', 'було', 'році', 'має', 'після', 'їх', 'може', 'щоб', 'під', 'ще'],
  titles: [],
  abbreviations: [],
};
export default data;
