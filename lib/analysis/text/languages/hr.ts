// Croatian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'hr',
  script: 'latin',
  words: ['i', 'je', 'u', 'na', 'da', 'se', 'za', 'su', 'od', 'koji', 'što', 'bio', 'nije', 'kako', 'također', 'ali', 's', 'iz', 'biti', 'će', 'o', 'a', 'to', 'sa', 'kao', 'koja', 'koje', 'samo', 'bi', 'još', 'te', 'ili', 'već', 'po', 'nakon', 'smo', 'sam', 'prema', 'bila', 'godine'],
  titles: ['dr', 'prof'],
  abbreviations: ['tj', 'npr', 'br'],
  ordinalDay: true,
};
export default data;
