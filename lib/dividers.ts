// Blocks of the article without a letter or a digit: a section divider the page writes as text ("___", "* * *",
// "◇") reads as a break (<hr>) in the reader view and the exports, not as a heading or a paragraph of punctuation;
// a leftover with nothing to read ("(", ".", a zero-width space where an embed was) goes. Neither holds a word of the
// story, so neither is a removal a reader would want back.

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6';
// Characters pages draw section breaks with: rules, stars, diamonds, dots, tildes (any script's text has none).
const DIVIDER = /^[\s_*\-–—=~#•·・◇◆○●□■※☆★]+$/u;
const SOMETHING = /[\p{L}\p{N}]/u;
// What is left where a link or an embed was taken out: a bracket, a period, a comma, a slash ("…?" may be a reply).
const STRAY = /^[()[\]{}.,;:/\\|]{0,3}$/;

/** Turns text dividers of `body` into <hr> and drops blocks with nothing to read (pictures and embeds kept). */
export function tidyTextDividers(body: Element): void {
  for (const el of Array.from(body.querySelectorAll(BLOCKS))) {
    const text = el.textContent ?? '';
    if (SOMETHING.test(text) || el.querySelector('img, picture, svg, video, audio, iframe, object, embed, math, input')) continue;
    const bare = text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
    if (bare && DIVIDER.test(bare) && bare.length <= 40) el.replaceWith(el.ownerDocument.createElement('hr'));
    else if (STRAY.test(bare)) el.remove();
  }
}
