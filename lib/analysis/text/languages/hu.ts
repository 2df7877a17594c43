// Hungarian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'hu',
  script: 'latin',
  words: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'volt', 'csak', 'már', 'de', 'mint', 'ez', 'azt'],
  titles: ['dr'],
  abbreviations: ['stb', 'pl'],
};
export default data;
