// The desk's credit under the story ("sak/Reuters": initials and agencies joined by slashes, lib/clean/signals.ts
// slashCredit), which sites set in a box of its own after the text, where Readability leaves it out. It is the
// story's own credit, as a byline is: found before Readability runs, it is put back after the story's last paragraph
// when that paragraph is the one it stood under. The clean stage then keeps it as small print.
import { slashCredit } from './clean/credit-shape';
import { normalizeBlockText } from './fingerprint';
import { oneLine } from './chars';
import { letters } from './page/text';

export interface DeskCredit { text: string; under: string }

/** Characters of text that make a paragraph of the story. */
const PARAGRAPH_MIN = 80;
const PICTURE = new Set(['IMG', 'PICTURE', 'VIDEO', 'FIGURE', 'IFRAME']);
const NOT_STORY = 'a, figure, figcaption, nav, header, footer, aside, form, button, h1, h2, h3, h4, h5, h6, li';

/** Credit lines of `body` with the letters of the paragraph each stands under. */
export function findDeskCredits(body: Element): DeskCredit[] {
  const out: DeskCredit[] = [];
  // The paragraph's text; its letters (a Unicode pattern and NFKC) are worked out only under a credit line, which
  // most pages have none of.
  let under = '';
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      // A credit after a picture is the picture's ("STR/Getty images" beside a figure), until the next paragraph.
      if (PICTURE.has(tag)) { under = ''; continue; }
      // A box of elements is walked, not read: its text is read at its paragraphs and leaves (reading it at every
      // level read a deep page's text once a level).
      if (tag !== 'P' && c.firstElementChild) { walk(c); continue; }
      const text = oneLine(c.textContent ?? '');
      if (tag === 'P' && text.length >= PARAGRAPH_MIN) under = text;
      else if (!c.firstElementChild && text && under && !c.closest(NOT_STORY) && slashCredit(normalizeBlockText(text), 0)) {
        const u = letters(under);
        if (u) out.push({ text, under: u });
      }
    }
  };
  walk(body);
  return out;
}

/** Put back after `body`'s last paragraph the credit that stood under it, unless the body has it already. */
export function restoreDeskCredit(body: Element, credits: readonly DeskCredit[]): void {
  if (!credits.length) return;
  const ps = Array.from(body.getElementsByTagName('p')).filter((p) => oneLine(p.textContent ?? '').length >= PARAGRAPH_MIN);
  const last = ps[ps.length - 1];
  if (!last) return;
  const credit = credits.find((c) => c.under === letters(last.textContent ?? ''));
  if (!credit || letters(body.textContent ?? '').endsWith(letters(credit.text))) return;
  const p = body.ownerDocument.createElement('p');
  p.textContent = credit.text;
  last.after(p);
}
