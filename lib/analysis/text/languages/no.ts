// Norwegian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'no',
  script: 'latin',
  words: ['og', 'i', 'er', 'det', 'på', 'til', 'som', 'en', 'for', 'av', 'at', 'med', 'har', 'ikke', 'den', 'de', 'et', 'om', 'han', 'var', 'men', 'jeg', 'seg', 'fra', 'vi', 'kan', 'også', 'etter', 'ble', 'skal', 'hun', 'så', 'eller', 'sier', 'når', 'over', 'ved', 'mye', 'være', 'hvor'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['ca', 'kl', 'nr'],
  ordinalDay: true,
};
export default data;
