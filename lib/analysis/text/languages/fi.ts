// Finnish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'fi',
  script: 'latin',
  words: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'mutta', 'kun', 'myös', 'joka', 'ovat', 'tai', 'mukaan', 'sanoi', 'ole', 'kuin', 'jo', 'sen', 'tämä', 'niin', 'nyt', 'vain', 'hänen', 'jos', 'voi', 'jotka', 'sekä', 'mitä', 'siitä', 'olla', 'olisi', 'vuonna', 'kanssa', 'sitä', 'eikä', 'koska'],
  titles: [],
  abbreviations: ['esim', 'ns', 'mm'],
  ordinalDay: true,
};
export default data;
