// A dateline: where a story was filed, opening a paragraph. A place in capitals, then perhaps a region or a date
// and an agency, then a colon or a dash: "NEW DELHI: …", "LISBON (AP) — …", "ST. PAUL, Minn., Oct 3 (Reuters) - …".
// The one reader of that shape; the parties and the attribution each decide what it means to them. (lib/dateline.ts
// reads the date a page prints, a different thing.)

import { C, classAt } from './chars';

export interface Dateline {
  /** the place in capitals: offsets into the text */
  start: number;
  end: number;
  /** what closes the dateline: a colon keeps the place's capitals (the tagger reads "AALBORG:" as a place) */
  mark: 'colon' | 'dash';
  /** where the region, date and agency after the place end (", Calif. (AP)"): `end` when there are none */
  tail: number;
}

// place: capitals, with ". ' ’ - /" inside and spaces between words ("ST. PAUL", "NEW DELHI"); region or date:
// ", Minn., Oct 3"; agency: "(Reuters)"; then a colon right after the words or a dash standing apart from them
// ("WASHINGTON-based" is no dateline); then a sentence that does not start in lower case ("WARNING: the figures").
const SHAPE = /^(\p{Lu}(?:[\p{Lu}\p{M}.'’/-]|\s(?=\p{Lu}))+)(,[^\n–—():]{1,30}?)?(?:\s*\([^()\n]{1,30}\))?(?:(:)|\s*(?<=[\s)])(?:[–—]|--?))\s+(?!\p{Ll})/u;

/** The dateline opening the text at `at` (a paragraph's start), or null. */
export function readDateline(text: string, at: number): Dateline | null {
  // (most paragraphs open on no letter, or on a capital and an ASCII lower-case letter: no need of the pattern, whose
  // property classes cost a cold page a compilation)
  const second = text.charCodeAt(at + 1);
  if (classAt(text, at) !== C.LETTER || (second >= 97 && second <= 122)) return null;
  const m = SHAPE.exec(text.slice(at, at + 120));
  if (!m) return null;
  const tail = at + m[0].replace(/\s*(?::|[–—]|--?)\s*$/u, '').length;
  return { start: at, end: at + m[1]!.length, mark: m[3] ? 'colon' : 'dash', tail };
}
