// "the suit, with Number FHC/ABJ/03/095/2018": letters joined by slashes, without a space, to a piece of digits only
// are part of a reference number (a suit's, a file's, a form's), no name, whatever their case. Two names joined by
// a slash and no number ("London/Teheran") are two names (slashed.ts).

/** The text around [s, e) up to the spaces on either side. */
function chunkAround(text: string, s: number, e: number): string {
  let a = s, b = e;
  while (a > 0 && !/\s/u.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/u.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** Whether the span [s, e) touches a slash inside a reference number: one of the slash's pieces is digits only. */
export function inIdentifier(text: string, s: number, e: number): boolean {
  if (text[s - 1] !== '/' && text[e] !== '/') return false;
  // (a sentence's punctuation after the number is no piece of it: "…/2018,")
  const pieces = chunkAround(text, s, e).replace(/[.,;:!?)\]»”"']+$/u, '').split('/');
  return pieces.length > 1 && pieces.some((p) => /^\p{N}+$/u.test(p));
}
