// English: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'en',
  script: 'latin',
  words: ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'said', 'be', 'by', 'at', 'his', 'have', 'are', 'from', 'this', 'not', 'but', 'had', 'they', 'has', 'were', 'an', 'or', 'which', 'she', 'will', 'their', 'who', 'been', 'would', 'its'],
  titles: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Rev', 'St', 'Mt', 'Adm', 'Maj', 'Cpl', 'Pres', 'Supt', 'Det', 'Insp'],
  abbreviations: ['Inc', 'Ltd', 'Co', 'Corp', 'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'vs', 'etc', 'approx', 'Ave', 'Blvd', 'Dept', 'Univ', 'Assn', 'Bros', 'Jr'],
};
export default data;
