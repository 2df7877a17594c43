// A byline as a reader wants it: the name(s), without the word that introduces them ("By", "Von", "Par").
// Applied at extraction, so the popup, the reader view, the CLI's JSON and every export show the same byline.

/**
 * Words that introduce a byline ("By Jane Doe"), per language (data, not code). `particle`: the word also starts
 * family names ("di" in "Di Maio"), so it is taken off only when a name of two words or more follows.
 */
import { oneLine } from './chars';
const BYLINE_PREFIXES: Record<string, ReadonlyArray<{ word: string; particle?: boolean }>> = {
  en: [{ word: 'by' }, { word: 'written by' }, { word: 'words by' }],
  de: [{ word: 'von', particle: true }, { word: 'text' }],
  fr: [{ word: 'par' }],
  it: [{ word: 'di', particle: true }, { word: 'a cura di' }],
  es: [{ word: 'por' }],
  pt: [{ word: 'por' }],
  nl: [{ word: 'door' }],
};

/** The byline without the word that introduces it ("By Jane Doe" → "Jane Doe"), in the article's language. */
export function cleanByline(byline: string | null | undefined, lang?: string | null): string | null {
  let b = oneLine(byline ?? '');
  const own = BYLINE_PREFIXES[(lang ?? '').slice(0, 2).toLowerCase()] ?? [];
  for (const { word, particle } of [...own, ...(lang?.startsWith('en') ? [] : BYLINE_PREFIXES.en ?? [])]) {
    const m = new RegExp(`^${word}\\s*:?\\s+(?=\\p{Lu})`, 'iu').exec(b);
    if (!m) continue;
    const rest = b.slice(m[0].length);
    if (particle && rest.split(' ').length < 2) continue;
    b = rest;
    break;
  }
  return b || null;
}
