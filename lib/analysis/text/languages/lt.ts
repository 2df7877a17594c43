// Lithuanian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'lt',
  script: 'latin',
  words: ['ir', 'kad', 'į', 'su', 'yra', 'o', 'bet', 'tai', 'kaip', 'buvo', 'iš', 'nuo', 'jis', 'ar', 'dėl'],
  titles: [],
  abbreviations: [],
};
export default data;
