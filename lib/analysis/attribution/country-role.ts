// "Le président du Kazakhstan" is not the person the text called "le président russe Vladimir Poutine": a role of one
// country never resolves to a holder the text ties to another by a demonym or a country's name right before the
// name. The gazetteer's words (every language it lists), not a list of roles.
import { countries } from '../../rules/gazetteer';
import type { Doc } from './site';
import type { Speakers, Who } from './speakers';

let words: [string, string][] | null = null;
/** Demonyms and country names, lower case, with their ISO code (longest first: "nordkorea" before "korea"). */
function countryWords(): [string, string][] {
  if (words) return words;
  const out: [string, string][] = [];
  for (const c of countries()) for (const w of [...c.demonyms, ...c.names]) if (w.length >= 4 && !/\s/.test(w)) out.push([w.toLowerCase(), c.code]);
  return (words = out.sort((a, b) => b[0].length - a[0].length));
}

/** The country a word names, inflected or not ("russe", "russischen", "Russlands"); undefined when none. */
export function countryOf(word: string): string | undefined {
  const w = word.toLowerCase();
  // an ending of at most three letters (case, number, gender): "russisch" → "russischen"
  return countryWords().find(([k]) => w.startsWith(k) && w.length - k.length <= 3)?.[1];
}

/** How many words before a mention of the holder are read for a country (its role phrase: "le président russe"). */
const BEFORE_WORDS = 3;

/** The holder `who` is tied to another country than `body`'s, and never to `body`'s, by the words before its names. */
export function ofAnotherCountry(doc: Doc, book: Speakers, who: Who, body: Who): boolean {
  const code = book.party(body)?.country, p = book.party(who);
  if (!code || !p || p.kind !== 'person') return false;
  const seen = new Set<string>();
  for (const m of p.mentions) {
    const before = doc.text.slice(Math.max(0, m.s - 60), m.s);
    // the words of the phrase the name closes: after the last punctuation
    const phrase = before.split(/[.,;:!?()«»“”"]/).pop()!.trim().split(/\s+/).slice(-BEFORE_WORDS);
    for (const w of phrase) { const c = w && countryOf(w); if (c) seen.add(c); }
  }
  return seen.size > 0 && !seen.has(code);
}
