// Danish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'da',
  script: 'latin',
  words: ['og', 'i', 'at', 'det', 'er', 'en', 'til', 'på', 'af', 'den', 'for', 'med', 'som', 'de', 'har', 'ikke', 'et', 'der', 'var', 'han', 'om', 'jeg', 'men', 'sig', 'fra', 'vi', 'kan', 'også', 'efter', 'blev', 'skal', 'hun', 'da', 'så', 'eller', 'siger', 'når', 'over', 'ved', 'meget'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['ca', 'kl', 'nr', 'mht'],
  ordinalDay: true,
};
export default data;
