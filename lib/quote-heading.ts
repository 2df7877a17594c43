// A quote box set as a heading: a sentence of someone's, in large type, ending on its closing quotation mark, with
// the speaker's name and role under it in the same box (La Vanguardia's "Trabajamos todas las administraciones …”"
// over "Juanma Moreno / Presidente de la Junta de Andalucía"). As a heading it cut the story into a section of that
// name, and the reader view and the Markdown showed it as one. It becomes the quotation it is, its lines kept.
// Evidence of two kinds, in any language: the closing mark (a subhead quoting someone, "“Fuimos puerta por puerta”,
// asegura el alcalde", goes on after it), and a box of its own that holds nothing else but short lines (a subhead
// stands among the story's paragraphs).
// A quotation set as a figure (its source in the caption) becomes the blockquote it holds: no caption of a picture.
import { oneLine } from './chars';
import { hasMedia } from './dom';

/** A closing quotation mark at the end, in any script's style (”, », “ in German, ", 」). */
const CLOSES_QUOTE = /[\p{Pf}\p{Pi}"」』]$/u;
/** Words of an attribution line (a name, a role); more make a paragraph. */
const LINE_WORDS = 12;
/** Lines of attribution a quote box holds at most. */
const MAX_LINES = 3;
/** Words of a quoted sentence: fewer are a kicker in quotation marks (a teaser's "‘NAÏVE AND TRUSTING’"). */
const QUOTE_WORDS = 6;
const QUOTE_MARK = /[\p{Pf}\p{Pi}"«»]/u;

const lines = (el: Element): string[] => Array.from(el.querySelectorAll('p, div, span, small, cite')).filter((e) => !e.querySelector('p, div')).map((e) => oneLine(e.textContent ?? '')).filter(Boolean);

/** Whether the rest of a box (what stands after its heading) is the speaker's name and role: a few short lines. */
function attribution(rest: Element[]): boolean {
  if (!rest.length || rest.some((e) => hasMedia(e))) return false;
  const ls = rest.flatMap((e) => (e.children.length ? lines(e) : [oneLine(e.textContent ?? '')].filter(Boolean)));
  // A name and a role quote no one: a line in quotation marks is a teaser's headline under its kicker.
  return ls.length > 0 && ls.length <= MAX_LINES && ls.every((l) => l.split(' ').length <= LINE_WORDS && !/[.!?]$/.test(l) && !QUOTE_MARK.test(l));
}

/** Turns each quote box's heading in `body` into a <blockquote>, the attribution after it inside. */
export function quoteHeadings(body: Element): void {
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const box = h.parentElement, text = oneLine(h.textContent ?? '');
    if (!box || box === body || box.firstElementChild !== h || !CLOSES_QUOTE.test(text) || h.querySelector('a') || text.split(' ').length < QUOTE_WORDS) continue;
    const rest = Array.from(box.children).slice(1);
    if (!attribution(rest)) continue;
    const doc = body.ownerDocument, quote = doc.createElement('blockquote'), p = doc.createElement('p');
    while (h.firstChild) p.appendChild(h.firstChild);
    quote.append(p, ...rest);
    box.replaceChild(quote, h);
  }
}

/**
 * A quotation set as a figure (<figure><blockquote>…</blockquote><figcaption>Name</figcaption></figure>, HTML's own
 * pattern for a quote with its source): no picture in it, so no photo's caption. Every surface reads a figure's text
 * as a caption and left the quoted words out of the story's text; it becomes the blockquote it holds, its source
 * line kept inside under the words.
 */
export function quoteFigures(body: Element): void {
  for (const fig of Array.from(body.getElementsByTagName('figure'))) {
    const quote = fig.querySelector('blockquote');
    if (!quote || hasMedia(fig) || quote.parentElement?.closest('figure') !== fig) continue;
    for (const cap of Array.from(fig.getElementsByTagName('figcaption'))) {
      const line = fig.ownerDocument.createElement('p');
      while (cap.firstChild) line.appendChild(cap.firstChild);
      if (oneLine(line.textContent ?? '')) quote.appendChild(line);
      cap.remove();
    }
    fig.replaceWith(quote);
  }
}
