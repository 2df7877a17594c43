// Turkish: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'tr',
  script: 'latin',
  words: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'ne', 'çok', 'olarak', 'olan', 'gibi', 'daha', 'ama', 'değil', 'en', 'o', 'kadar', 'sonra', 'her', 'göre', 'ise', 'var', 'yok', 'diye', 'şekilde', 'tarafından', 'ancak', 'ki', 'olduğunu', 'şu', 'mi', 'veya', 'üzere', 'dedi', 'önce', 'kendi', 'büyük', 'yeni', 'ya'],
  titles: ['Dr', 'Prof'],
  abbreviations: [],
};
export default data;
