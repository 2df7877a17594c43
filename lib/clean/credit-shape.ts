// A credit line's shape in any language: the desk's initials and agencies joined by slashes (split from signals.ts).

/** Two to four short names (of up to three words) joined by slashes: initials and agencies. */
const CREDIT_NAME = '\\p{L}[\\p{L}.-]{1,11}(?: \\p{L}[\\p{L}.-]{1,11}){0,2}';
const SLASH_CREDIT = new RegExp(`^${CREDIT_NAME}(?:\\s?/\\s?${CREDIT_NAME}){1,3}$`, 'u');
/** Authors' initials and agencies joined by slashes ("sak/Reuters", "dpa/AFP/jm"): the desk's credit, as a byline.
 * Not on a heading ("Best for Active/Side Sleepers"), which the caller knows. */
// A line without a slash is never tried: the pattern's letter classes cost a millisecond to compile, on every cold page.
export const slashCredit = (norm: string, linkDensity: number): boolean => norm.length <= 40 && linkDensity < 0.5 && norm.includes('/') && creditChars(norm) && SLASH_CREDIT.test(norm);

/** Whether each ASCII character of the line is one a credit holds (a letter, a dot, a dash, a slash, a space): a date
 * ("12/03"), a time or a label with a colon is never tried either. Other characters are left to the pattern. */
function creditChars(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i) | 32; // ASCII letters folded to lower case
    if (norm.charCodeAt(i) < 128 && !(c >= 97 && c <= 122) && !'.-/ \t\n\v\f\r'.includes(norm[i]!)) return false;
  }
  return true;
}
