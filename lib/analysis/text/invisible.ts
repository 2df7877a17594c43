// Invisible format characters inside words: a soft hyphen (U+00AD, where a line may break), a zero-width space
// (U+200B, the same without the hyphen), a word joiner (U+2060) and a byte order mark (U+FEFF, an old word joiner).
// None shows between two letters, yet the scanner reads each as a character of its own and cuts the word there
// ("Pan-Africanism Summit Against Imperialism" written with soft hyphens gave a name "Summit Against"). The zero-width
// joiner and non-joiner (U+200D, U+200C) shape Arabic, Indic and emoji sequences, where they stay; between two Latin,
// Greek or Cyrillic letters they only stop a ligature, and go too.

const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]|(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\u200C\u200D](?=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])/gu;
/** Cheap test first: most texts hold none (a page's text is read whole). */
const ANY = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** The text as a reader sees it: invisible format characters inside words taken out (offsets are into this text). */
export const visibleText = (text: string): string => (ANY.test(text) ? text.replace(INVISIBLE, '') : text);
