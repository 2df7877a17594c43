// Swedish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sv',
  script: 'latin',
  words: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man', 'när', 'år', 'säger', 'hon', 'under', 'också', 'efter', 'eller', 'nu', 'sin', 'där', 'vid'],
  titles: ['Dr', 'Prof'],
  abbreviations: ['dvs', 'ca', 'kl', 'nr'],
};
export default data;
