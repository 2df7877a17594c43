// Finnish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fi',
  script: 'latin',
  words: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'mutta', 'kun', 'myös', 'joka', 'ovat', 'tai', 'mukaan', 'sanoi'],
  titles: [],
  abbreviations: ['esim', 'ns', 'mm'],
};
export default data;
