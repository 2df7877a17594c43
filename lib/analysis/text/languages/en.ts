// English: frequent function words (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'en',
  script: 'latin',
  words: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'for', 'with', 'said', 'are', 'have', 'this', 'by', 'from', 'it', 'not', 'were', 'has'],
  titles: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Rev', 'St', 'Mt', 'Adm', 'Maj', 'Cpl', 'Pres', 'Supt', 'Det', 'Insp'],
  abbreviations: ['Inc', 'Ltd', 'Co', 'Corp', 'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec', 'vs', 'etc', 'approx', 'Ave', 'Blvd', 'Dept', 'Univ', 'Assn', 'Bros', 'Jr'],
};
export default data;
