// Ukrainian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'uk',
  script: 'cyrillic',
  words: ['і', 'в', 'не', 'на', 'що', 'з', 'як', 'це', 'він', 'його', 'був', 'але', 'та', 'для', 'від', 'вона', 'також', 'й'],
  titles: [],
  abbreviations: [],
};
export default data;
