// Albanian: its most frequent words, most frequent first (the language guess), and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'sq',
  script: 'latin',
  words: ['e', 'të', 'në', 'i', 'dhe', 'për', 'me', 'që', 'një', 'nga', 'se', 'u', 'është', 'ka', 'do', 'nuk', 'më', 'si', 'por', 'ai', 'edhe', 'janë', 'ishte', 'tij', 'saj', 'kjo', 'pas', 'ky', 'deri', 'mund'],
  titles: [],
  abbreviations: ['etj'],
};
export default data;
