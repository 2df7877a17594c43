// A credit line's shape in any language: the desk's initials and agencies joined by slashes (split from signals.ts).

/** Two to four short names (of up to three words) joined by slashes: initials and agencies. */
const CREDIT_NAME = '\\p{L}[\\p{L}.-]{1,11}(?: \\p{L}[\\p{L}.-]{1,11}){0,2}';
const SLASH_CREDIT = new RegExp(`^${CREDIT_NAME}(?:\\s?/\\s?${CREDIT_NAME}){1,3}$`, 'u');
/** Authors' initials and agencies joined by slashes ("sak/Reuters", "dpa/AFP/jm"): the desk's credit, as a byline.
 * Not on a heading ("Best for Active/Side Sleepers"), which the caller knows. */
// A line without a slash is never tried: the pattern's letter classes cost a millisecond to compile, on every cold page.
export const slashCredit = (norm: string, linkDensity: number): boolean => norm.length <= 40 && linkDensity < 0.5 && norm.includes('/') && SLASH_CREDIT.test(norm);
