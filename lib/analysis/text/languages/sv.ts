// Swedish: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sv',
  script: 'latin',
  words: ['och', 'att', 'det', 'är', 'som', 'för', 'på', 'med', 'inte', 'har', 'av', 'till', 'den', 'om', 'ett', 'var', 'jag', 'men'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['dvs', 'ca', 'kl', 'nr'],
};
export default data;
