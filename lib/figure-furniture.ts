// What a figure holds besides its picture and caption that is not news, known by structure in any language:
// - a player's label set on the picture ("▶ Video", "📷 View 12 images"): an icon and a few words, outside the caption,
//   in a figure that shows a picture, where the figure is a player (a video) or the label counts (a gallery's size);
//   the reader's copy has no player or gallery for it to open. An icon beside a name (a credit) stays;
// - a box set as a figure with nothing to caption: no picture, quotation, table or code beside a "caption" that is
//   itself laid out as a box (a list: a notice asking to turn off an ad blocker, with what a subscription gives);
// - a player's card set as the caption: a length ("03:07 Min.") and a link to the medium's own page (an audio's
//   title), which says what the player plays, not what the picture shows.
import { hasMedia, ICON_PX, isPictureFile, MEDIA_TAGS, tagOf } from './dom';
import { wordCount } from './chars';

/** Words of a player's label at most ("Video", "View 3 images"): a caption says more. */
const LABEL_WORDS = 3;
/** Media a player shows: a figure holding one is a player, whose label names it. */
const PLAYERS = 'video, audio, iframe';
/** Content a figure may show besides pictures: text set as a quotation, a table, code. */
const SHOWN_TAGS = new Set(['BLOCKQUOTE', 'TABLE', 'PRE', 'CODE', 'MATH']);

const words = (el: Element) => wordCount(el.textContent ?? '');

/** The element is drawn at an icon's size, both sides within ICON_PX (pictures.ts isIcon takes either side or the
 * file's name: a thin banner counts there, not here). */
function iconSized(el: Element): boolean {
  const tag = tagOf(el);
  if (!MEDIA_TAGS.has(tag)) return false;
  const side = Math.max(Number(el.getAttribute('width')) || 0, Number(el.getAttribute('height')) || 0);
  return side > 0 && side <= ICON_PX;
}

/** An element outside any caption that holds an icon and a few words, nothing else shown: a player's label when the
 * figure is a player or the words count (a credit names someone: "© 2024 Jane Doe" stays). */
function playerLabel(el: Element, player: boolean): boolean {
  const text = el.textContent ?? '';
  if (el.closest('figcaption') || !words(el) || words(el) > LABEL_WORDS || text.includes('©')) return false;
  if (!player && !/\d/.test(text)) return false;
  const shown = Array.from(el.querySelectorAll('*')).filter((e) => MEDIA_TAGS.has(tagOf(e)));
  return shown.length > 0 && shown.every(iconSized);
}

/** The figure has nothing for a caption to caption: no picture, medium, quotation, table or code outside it. */
function nothingShown(figure: Element): boolean {
  for (const c of Array.from(figure.children)) {
    if (tagOf(c) === 'FIGCAPTION' || tagOf(c) === 'STYLE') continue;
    if (hasMedia(c) || SHOWN_TAGS.has(tagOf(c)) || c.querySelector('blockquote, table, pre, code, math') || (c.textContent ?? '').trim()) return false;
  }
  return true;
}

/** The figure's "caption" is a box: it holds a list. */
const boxCaption = (figure: Element) => Array.from(figure.children).some((c) => tagOf(c) === 'FIGCAPTION' && !!c.querySelector('ul, ol'));

/** A medium's length as a player prints it, with a unit perhaps ("4:11", "03:07 Min.", "1:02:03"). */
const LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\p{L}{1,4}\.?)?$/u;

/** A caption holding an element whose whole text is a length and a link to another page: a player's card. */
function playerCard(caption: Element): boolean {
  const leaves = Array.from(caption.querySelectorAll('*')).filter((e) => !e.firstElementChild);
  if (!leaves.some((e) => LENGTH.test((e.textContent ?? '').trim()))) return false;
  return Array.from(caption.querySelectorAll('a[href]')).some((a) => !/^#/.test(a.getAttribute('href')!) && !isPictureFile(a.getAttribute('href')));
}

/** The figure's player card (`playerCard`) goes; the text the figure then holds after its picture (the photo's own
 * caption, which the page set in a box) becomes its caption. */
function dropPlayerCard(figure: Element): void {
  const card = Array.from(figure.children).find((c) => tagOf(c) === 'FIGCAPTION' && playerCard(c));
  if (!card) return;
  card.remove();
  const last = figure.lastElementChild;
  if (!last || hasMedia(last, ICON_PX) || !(last.textContent ?? '').trim() || figure.querySelector('figcaption')) return;
  const caption = figure.ownerDocument.createElement('figcaption');
  while (last.firstChild) caption.appendChild(last.firstChild);
  last.replaceWith(caption);
}

/** Takes players' labels and boxes set as figures out of the article body (see the file's head). */
export function dropFigureFurniture(body: Element): void {
  for (const figure of Array.from(body.getElementsByTagName('figure'))) {
    if (!body.contains(figure)) continue; // the body is detached: isConnected is false throughout
    if (nothingShown(figure) && boxCaption(figure)) { figure.remove(); continue; }
    if (!hasMedia(figure, ICON_PX)) continue;
    dropPlayerCard(figure);
    const player = !!figure.querySelector(PLAYERS);
    for (const el of Array.from(figure.querySelectorAll('span, div, p, a'))) if (figure.contains(el) && playerLabel(el, player)) el.remove();
  }
}
