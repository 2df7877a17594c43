// A byline element read by its parts, not as one string: pages set the name, the date and a comment counter in
// elements of their own with no space between them (<p class=byline><a>Lucas Nolan</a><span>22 Dec 2016</span>
// <a href=#comments>651</a></p>), and the element's text ran them together ("Lucas Nolan22 Dec 2016651"), which the
// popup, the reader and every export showed as the author. A part that is a <time>, only a date, or only a number
// names no one; the date is kept for a page whose metadata gives none.
import { cleanByline } from './byline';
import { datelineDate } from './dateline';
import { oneLine } from './chars';

export interface BylineParts {
  /** The element's text without its date and number parts. */
  name: string;
  /** The day the date part gives (YYYY-MM-DD), or null. */
  date: string | null;
}

/** Only digits (and the separators of a count: "1,204"): a counter of comments or shares. */
const COUNT = /^\p{Nd}[\p{Nd}.,\s]*$/u;

/** The day a part gives when it is a date and nothing more ("22 Dec 2016", <time datetime="2016-12-22">). */
function dateOf(el: Element, text: string, lang: string | null): string | null | undefined {
  if (el.tagName.toUpperCase() === 'TIME') return datelineDate(el.getAttribute('datetime') ?? '', lang) ?? datelineDate(text, lang);
  // cleanByline finds no name before the date: the part is the date alone, not "Jane Doe 22 Dec".
  const day = datelineDate(text, lang);
  return day && !cleanByline(text, lang) ? day : undefined;
}

/** The byline element's name and date, read part by part (its child nodes, elements read in turn by theirs). */
export function bylineParts(el: Element, lang: string | null): BylineParts {
  let date: string | null = null;
  const read = (parent: Element): string => {
    // The other parts' text is kept as the page joins it: names glued to a profile link's label ("Sarah LazareTwitter")
    // are the byline sources' to tell apart (story-byline.ts), by the name another source gives.
    let out = '';
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) { out += node.textContent ?? ''; continue; }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const text = oneLine(child.textContent ?? '');
      const day = dateOf(child, text, lang);
      if (day !== undefined) { date ??= day; continue; }
      if (!COUNT.test(text)) out += read(child);
    }
    return out;
  };
  return { name: oneLine(read(el)), date };
}
