// Which way an article reads: right to left for Arabic, Hebrew, Persian, Urdu…, whatever the reader's own setting.
// A declared `dir` first (when the host has one), then the language, then the script of the first letters.

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
/** Letters looked at when neither `dir` nor the language says. */
const SAMPLE_LETTERS = 200;

export function textDirection(a: { dir?: string | null; lang?: string | null; text?: string | null }): 'ltr' | 'rtl' {
  if (a.dir === 'rtl') return 'rtl';
  const lang = (a.lang ?? '').toLowerCase();
  // Kurdish is written in Latin letters too: its script subtag decides.
  if (lang.startsWith('ku')) return /-arab\b/.test(lang) ? 'rtl' : a.dir === 'ltr' ? 'ltr' : byLetters(a.text);
  if (RTL_LANGUAGES.has(lang.split(/[-_]/)[0] ?? '')) return 'rtl';
  if (a.dir === 'ltr') return 'ltr';
  return byLetters(a.text);
}

function byLetters(text: string | null | undefined): 'ltr' | 'rtl' {
  let rtl = 0, all = 0;
  for (const m of (text ?? '').matchAll(/\p{L}/gu)) {
    if (RTL_LETTER.test(m[0])) rtl++;
    if (++all >= SAMPLE_LETTERS) break;
  }
  return all > 0 && rtl * 2 > all ? 'rtl' : 'ltr';
}
