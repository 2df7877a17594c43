// Hungarian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'hu',
  script: 'latin',
  words: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'volt', 'csak', 'már', 'de', 'mint', 'ez', 'azt', 'el', 'ki', 'fel', 'még', 'pedig', 'vagy', 'ezt', 'szerint', 'után', 'amely', 'aki', 'mert', 'lesz', 'kell', 'sem', 'ha', 'között', 'úgy', 'nagyon', 'minden', 'így', 'most', 'be'],
  titles: ['dr'],
  abbreviations: ['stb', 'pl'],
};
export default data;
