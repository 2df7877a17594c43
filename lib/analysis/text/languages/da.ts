// Danish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'da',
  script: 'latin',
  words: ['og', 'at', 'det', 'er', 'som', 'for', 'på', 'med', 'ikke', 'har', 'af', 'til', 'den', 'om', 'et', 'var', 'jeg', 'men', 'efter', 'blev', 'sig'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['ca', 'kl', 'nr', 'mht'],
};
export default data;
