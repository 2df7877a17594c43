// Norwegian: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'no',
  script: 'latin',
  words: ['og', 'at', 'det', 'er', 'som', 'for', 'på', 'med', 'ikke', 'har', 'av', 'til', 'den', 'om', 'et', 'var', 'jeg', 'men', 'etter', 'ble', 'seg'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['ca', 'kl', 'nr'],
};
export default data;
