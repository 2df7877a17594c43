// A caption set beside its picture, not in a <figure>: the box right after the picture's box holds the words the
// picture's alt text says (The Intercept: `<img alt="…Pro-Palestine demonstrators gather…">` then
// `<div class="image__caption"><span>Pro-Palestine demonstrators gather…</span><span>Photo: …</span></div>`; a
// gallery's slide and its caption box). Readability keeps the picture and drops or strands the caption: the reader
// showed the photo without it, or the caption as a paragraph without its photo. The evidence is the page's own
// words said twice, in any language. Before Readability, the picture's box and the caption become one <figure>.
import { showsPicture } from './pictures';
import { isPhoto } from './lead-photo';
import { squeezed, tagOf } from './dom';
import { lowerWords } from './chars';

/** Words an alt text needs to be compared (a shorter one, "Photo", says too little). */
const MIN_ALT_WORDS = 4;
/** Share of the shorter of the two word sets found in the other: the same words, said twice. */
const MIN_SHARED = 0.6;
/** A caption longer than this many words more than its alt text is the story's paragraph, however alike they read. */
const EXTRA_WORDS = 15;
/** Levels above the picture its box may reach (the picture in its wrappers, a gallery's slides in their track). */
const BOX_LEVELS = 7;
/** What a caption never holds, nor is: headings, lists, tables (a teaser's headline, the story's own blocks). */
const NOT_CAPTION = 'h1, h2, h3, h4, h5, h6, ul, ol, table, figure, script, style';
const NOT_CAPTION_TAGS = new Set(NOT_CAPTION.toUpperCase().split(', '));


/** Whether `text` says what `alt` says: most words of the shorter one are in the other, and it is not much longer.
 * No words say nothing (a <br> after the picture is no caption). */
export function saysTheSame(alt: string, text: string): boolean {
  const a = lowerWords(alt), t = lowerWords(text);
  if (a.length < MIN_ALT_WORDS || !t.length || t.length > a.length + EXTRA_WORDS + a.length / 2) return false;
  const as = new Set(a), ts = new Set(t);
  const [small, big] = as.size <= ts.size ? [as, ts] : [ts, as];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared >= small.size * MIN_SHARED;
}

/** The outermost box above `img` that shows no text, at most `BOX_LEVELS` up (the img itself when its parent has text). */
function pictureBox(img: Element): Element {
  let box = img;
  for (let k = 0; k < BOX_LEVELS; k++) {
    const p = box.parentElement;
    if (!p || tagOf(p) === 'BODY' || squeezed(p)) break;
    box = p;
  }
  return box;
}

/** The outermost box between `img` and `outer` holding no other picture: the slide, in a gallery's track. */
function slideOf(img: Element, outer: Element): Element {
  let box = img;
  while (box !== outer && box.parentElement && box.parentElement.getElementsByTagName('img').length === 1) box = box.parentElement;
  return box;
}

/** The caption's blocks as inline parts of one line: Readability drops a block of bare text in a caption (its
 * "text density" is nil), which cost AEB's gallery caption its words and left the credit. */
function inline(caption: Element): void {
  const doc = caption.ownerDocument;
  for (const block of Array.from(caption.querySelectorAll('div, p')).reverse()) {
    const span = doc.createElement('span');
    while (block.firstChild) span.appendChild(block.firstChild);
    block.replaceWith(doc.createTextNode(' '), span, doc.createTextNode(' '));
  }
}

/** A slide counter ("[1/5]", "2 / 12"): digits and a slash only, so in any language. */
const COUNTER = /^[[(]?\s*\d+\s*\/\s*\d+\s*[\])]?$/;

/** Where a link leads, without its query (the same page linked from the caption and the footer differs in tracking). */
function target(a: Element): string | null {
  try { const u = new URL(a.getAttribute('href') ?? '', 'https://relative.invalid/'); return u.host + u.pathname; } catch { return null; }
}

/**
 * What a gallery's caption box holds beside the caption: the slide counter, and links the page also gives outside
 * the caption (Reuters' "Purchase Licensing Rights", linked from its footer too): the site's furniture, not this
 * photo's. Their text made the caption "linky" and Readability dropped the gallery with it.
 */
function dropCaptionFurniture(caption: Element, doc: Document): void {
  for (const el of Array.from(caption.querySelectorAll('*'))) if (!el.firstElementChild && COUNTER.test((el.textContent ?? '').trim())) el.remove();
  for (const a of Array.from(caption.querySelectorAll('a[href]'))) {
    const t = target(a);
    if (t && Array.from(doc.querySelectorAll('a[href]')).some((o) => !caption.contains(o) && target(o) === t)) a.remove();
  }
}

/** A part of the caption that says what an earlier part says (AEB's gallery sets the caption whole and cut, and
 * its stylesheet shows one): said once. */
function dropRepeatedParts(caption: Element): void {
  const seen = new Set<string>();
  for (const el of Array.from(caption.children)) {
    const t = squeezed(el);
    if (t && seen.has(t)) el.remove();
    else seen.add(t);
  }
}

const isCaptionBox = (el: Element) => !NOT_CAPTION_TAGS.has(tagOf(el)) && !el.querySelector(NOT_CAPTION) && !showsPicture(el);

/** Turns each picture with its alt text's caption beside it into a <figure> (the caption its <figcaption>). */
export function figuresFromAltText(doc: Document): number {
  let n = 0;
  for (const img of Array.from(doc.body?.getElementsByTagName('img') ?? [])) {
    const alt = img.getAttribute('alt') ?? '';
    if (!img.isConnected || img.closest('figure')?.querySelector('figcaption') || lowerWords(alt).length < MIN_ALT_WORDS || !isPhoto(img)) continue;
    const box = pictureBox(img);
    const caption = box.nextElementSibling;
    if (!caption || !isCaptionBox(caption) || img.closest('a[href]') || !saysTheSame(alt, caption.textContent ?? '')) continue;
    dropCaptionFurniture(caption, doc);
    // A teaser card's title links to its story: a caption left with a link after its furniture is no caption.
    if (caption.matches('a[href]') || caption.querySelector('a[href]')) continue;
    const slide = slideOf(img, box), figure = doc.createElement('figure'), figcaption = doc.createElement('figcaption');
    slide.replaceWith(figure);
    figure.appendChild(slide);
    while (caption.firstChild) figcaption.appendChild(caption.firstChild);
    caption.remove();
    inline(figcaption);
    dropRepeatedParts(figcaption);
    figure.appendChild(figcaption);
    // The slide a carousel hides from screen readers is on screen (lib/gallery.ts): Readability would drop it. And
    // it drops a box whose class reads as furniture ("absatzbild__media": "media") before any other test; the
    // picture's boxes hold no text, so their names tell the later steps nothing.
    for (const e of [slide, ...Array.from(slide.querySelectorAll('*'))]) {
      e.removeAttribute('aria-hidden');
      if (e.tagName.toUpperCase() !== 'IMG') { e.removeAttribute('class'); e.removeAttribute('id'); }
    }
    n++;
  }
  return n;
}
