// A picture set in a plain box with its credit above it and its caption below, each in an element of its own and
// none of them named (`<div><span>Foto: Jane Roe</span><img><div>Protesters march…</div></div>`): no <figure>, no
// class that says "caption". Known by its shape alone: the box holds the picture and at most one short line before
// it (a credit's few words) and exactly one short text after it, with no link, control or other medium.
import { oneLine, wordCount } from './chars';
import { CREDIT_MAX_WORDS } from './figures';

/** Words a caption says at most; longer, the text after the picture is the story or a standfirst. */
const CAPTION_MAX_WORDS = 40;
/** Wrapper levels around the picture alone (<picture>, a link-less <span>) looked through to reach the box. */
const WRAPPER_LEVELS = 2;
/** What a credit or a caption holds none of: a link (a teaser's), a control, another medium, a heading. */
const NOT_CAPTION = 'a[href], button, [role="button"], svg, img, picture, video, iframe, h1, h2, h3, h4, h5, h6';

const textOf = (n: Node) => oneLine(n.textContent ?? '');

/** A text element that may be a caption or a credit, of at most `words` words. */
const captionLike = (el: Element, words: number) =>
  !!textOf(el) && wordCount(textOf(el)) <= words && !el.matches(NOT_CAPTION) && !el.querySelector(NOT_CAPTION);

/**
 * The box holding `img` with a credit before it and a caption after it, or null. `standfirst`: the story's
 * standfirst, which may stand under a lead photo and is no caption.
 */
export function creditedCaptionBox(img: Element, standfirst?: string | null): Element | null {
  let inner = img;
  for (let k = 0; k < WRAPPER_LEVELS && inner.parentElement && !textOf(inner.parentElement); k++) inner = inner.parentElement;
  const box = inner.parentElement;
  if (!box || box.closest('a[href], figure')) return null;
  // All the box's text is in its elements (no bare text between them), and the box holds one picture.
  const bare = Array.from(box.childNodes).some((n) => n.nodeType === 3 && textOf(n));
  if (bare || box.querySelectorAll('img').length !== 1) return null;
  const kids = Array.from(box.children), at = kids.indexOf(inner);
  const before = kids.slice(0, at), after = kids.slice(at + 1).filter((k) => textOf(k) || k.querySelector('img'));
  if (before.length !== 1 || after.length !== 1) return null;
  if (!captionLike(before[0]!, CREDIT_MAX_WORDS) || !captionLike(after[0]!, CAPTION_MAX_WORDS)) return null;
  return textOf(after[0]!) === standfirst ? null : box;
}
