// “So High School,”, “Born in the U.S.A.”: where titles are written in title case, quotation marks around a few words
// that all open with a capital (function words aside) hold the title of a work. A name among more words of such a
// title is a piece of it, no party ("High School" of the song). (Where every noun is capitalised, the capitals say
// nothing of a title.)

import type { Rules } from '../../rules/languages';
import { isSpaceCode } from '../text/props';

const OPEN = '“"«„‘‹', CLOSE = '”"»“’›';
/** How far from the name a title's marks may stand (a short quotation is at most four words). */
const REACH = 40;

/** The name from `s` to `e` stands inside marks holding a title with words besides the name. */
export function inQuotedTitle(text: string, s: number, e: number, rules: Rules): boolean {
  if (rules.nounsCapitalised) return false;
  let a = s - 1, b = e;
  while (a >= 0 && s - a <= REACH && !OPEN.includes(text[a]!) && text[a] !== '\n') a--;
  while (b < text.length && b - e <= REACH && !CLOSE.includes(text[b]!) && text[b] !== '\n') b++;
  if (a < 0 || !OPEN.includes(text[a]!) || !CLOSE.includes(text[b] ?? '')) return false;
  const outside = (text.slice(a + 1, s) + ' ' + text.slice(e, b)).split(/[\s,.!?;:]+/).filter(Boolean);
  return outside.length > 0 && outside.some(capital) && outside.every((w) => capital(w) || rules.functionWords.has(w));
}

/** The word opens with a capital letter or a digit. */
function capital(w: string): boolean {
  const c = w[0]!;
  return !isSpaceCode(c.charCodeAt(0)) && (c !== c.toLowerCase() || (c >= '0' && c <= '9'));
}
