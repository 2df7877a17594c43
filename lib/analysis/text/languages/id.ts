// Indonesian: its most frequent words, most frequent first (the language guess) and abbreviations written with a period.
import type { LanguageData } from './types';

const data: LanguageData = {
  code: 'id',
  script: 'latin',
  words: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'adalah', 'ke', 'ada', 'oleh', 'bisa', 'saat', 'telah', 'kata', 'karena', 'mereka', 'tersebut', 'sudah', 'lebih', 'atau', 'bahwa', 'seperti', 'kami', 'para', 'namun', 'sebagai', 'hanya', 'dia', 'masih', 'jika', 'setelah', 'menjadi', 'hingga'],
  titles: ['Dr', 'Prof'],
  abbreviations: [],
};
export default data;
