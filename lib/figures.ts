// A picture and its caption as one <figure>, so that the reader view and the exports set the caption under its
// picture, on a line of its own, and never lose it. All by structure, in any language:
// - before Readability: a caption the page marks aria-hidden (it repeats the alt text for screen readers, yet is on
//   screen: Le Monde) loses the mark, which Readability reads as "not visible"; a picture the page says is described
//   by an element beside it (`<img aria-describedby="c">` … `<p id="c">`, WordPress's captions) becomes a <figure>;
// - after: a figure's buttons (zoom, full screen) go; a credit written beside the picture in a figure without a
//   caption (`<img><span>Getty Images</span>`) becomes its caption; paragraphs inside a caption's inline box (a
//   label and a credit: "Foto:" / "Andrew Harnik / AP") read as one line; parts of a caption written with nothing
//   between them ("…GP de Qatar." + "AFP") get a space.
import { eachElement, hasMedia, ICON_PX, INLINE_TAGS, isPictureFile, nextOutside, squeezed, tagOf, textOf } from './dom';
import { forScreenReaders } from './text-runs';
import { oneLine, wordCount } from './chars';
import { nextTight } from './pictures';

const trimmed = (el: Element) => (el.textContent ?? '').trim();
/** A credit is a few words ("Getty Images", "Photo: Reuters / Jane Doe", "Foto: Andreas Woitschützke"). */
export const CREDIT_MAX_WORDS = 8;

/** A caption is shown even when marked aria-hidden; Readability would drop it as invisible. */
export function unhideCaption(caption: Element): void {
  eachElement(caption, (e) => { if (e.getAttribute('aria-hidden') === 'true') e.removeAttribute('aria-hidden'); });
  dropLeadingLabel(caption);
}

/** Longest screen-reader label before a caption, in words ("Legende:", "Image caption"). */
const LABEL_WORDS = 2;
/** A label for screen readers only before the caption's words (SRF's `<span class="h-offscreen">Legende:</span>`):
 * the page shows none, and the reader would read "Legende: Siham Zein…". Only the first child, and only a word or
 * two: a hidden span holding the caption itself stays. */
function dropLeadingLabel(caption: Element): void {
  const first = caption.firstElementChild;
  if (!first || !forScreenReaders(first)) return;
  for (let n = caption.firstChild; n && n !== first; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return;
  const words = (first.textContent ?? '').trim().split(/\s+/).filter(Boolean);
  const rest = (caption.textContent ?? '').trim().length - (first.textContent ?? '').trim().length;
  if (words.length > 0 && words.length <= LABEL_WORDS && rest > 0) first.remove();
}

/**
 * `<div><img aria-describedby="c"><p id="c">caption</p></div>` -> `<figure><img><figcaption>caption</figcaption>`.
 * Only when the box holds nothing but the picture (in its own wrappers) and that caption.
 */
export function figuresFromDescriptions(doc: Document): number {
  let n = 0;
  for (const img of Array.from(doc.querySelectorAll('img[aria-describedby]'))) {
    const id = img.getAttribute('aria-describedby')!.trim().split(/\s+/)[0];
    const caption = id ? doc.getElementById(id) : null;
    const box = caption?.parentElement;
    if (!caption || !box || !box.contains(img) || tagOf(box) === 'FIGURE' || !trimmed(caption)) continue;
    const others = Array.from(box.children).filter((c) => c !== caption);
    if (others.some((c) => trimmed(c) || !hasMedia(c)) || box.textContent!.trim().length > trimmed(caption).length) continue;
    const figure = doc.createElement('figure'), figcaption = doc.createElement('figcaption');
    while (caption.firstChild) figcaption.appendChild(caption.firstChild);
    caption.remove();
    while (box.firstChild) figure.appendChild(box.firstChild);
    figure.appendChild(figcaption);
    box.replaceWith(figure);
    n++;
  }
  return n;
}

/** Levels above a picture its credit's box may be (`<section><img><p>credit</p></section>`, the img in wrappers). */
const CREDIT_BOX_LEVELS = 3;

/**
 * The box that holds `img` and its credit and nothing else (Krautreporter's header: `<section><img><p>Tomer
 * Appelbaum/Haaretz</p></section>`), or null: the first box above the picture that holds text, when that text is a
 * few words in elements after the picture and links nowhere (a teaser card links to its story).
 */
export function creditBox(img: Element): Element | null {
  let inner: Element = img;
  for (let k = 0; k < CREDIT_BOX_LEVELS && inner.parentElement; k++) {
    const box = inner.parentElement;
    if (!trimmed(box)) { inner = box; continue; }
    const kids = Array.from(box.children), at = kids.indexOf(inner);
    // All the box's text (bare text nodes too) is in the elements after the picture.
    const after = kids.slice(at + 1).reduce((n, c) => n + squeezed(c).length, 0);
    // A link (a teaser's) or a control (a button's label: "Bildbeschreibung ausklappen") is no credit.
    const ok = after === squeezed(box).length && wordCount(trimmed(box)) <= CREDIT_MAX_WORDS && !box.querySelector('a[href], button, svg, [role="button"]') && !box.closest('a[href]');
    return ok ? box : null;
  }
  return null;
}

/** A copy of a credit box (`creditBox`) as a <figure>: its picture parts, then its text as the <figcaption>. */
export function figureOf(box: Element): Element {
  const doc = box.ownerDocument, figure = doc.createElement('figure'), caption = doc.createElement('figcaption');
  const said = new Set<string>();
  for (const c of Array.from(box.cloneNode(true).childNodes)) {
    const line = oneLine(c.textContent ?? '');
    if (!line) { if (c.nodeType === 1) figure.appendChild(c); continue; }
    if (said.has(line)) continue; // the credit set twice, for wide and narrow screens, is said once
    said.add(line);
    if (caption.firstChild) caption.appendChild(doc.createTextNode(' '));
    caption.appendChild(doc.createTextNode(line));
  }
  figure.appendChild(caption);
  return figure;
}


/**
 * A <figure> inside an `<a>` that links nowhere (Público's zoom box: `<a class="content-image"><figure>…`) or only to
 * the picture's own file: the <a> goes, its content stays. Readability counts all of a link's text as links, the
 * caption included, and dropped the whole box as a list of links.
 */
export function unlinkFigures(root: Element): number {
  let n = 0;
  for (const figure of Array.from(root.getElementsByTagName('figure'))) {
    const a = figure.parentElement;
    if (!a || tagOf(a) !== 'A' || (a.hasAttribute('href') && !isPictureFile(a.getAttribute('href')))) continue;
    while (a.firstChild) a.before(a.firstChild);
    a.remove();
    n++;
  }
  return n;
}

/** The tidying after Readability, over every <figure> of the article body. */
export function tidyFigures(body: Element): void {
  for (const figure of Array.from(body.getElementsByTagName('figure'))) {
    // A control on the picture (zoom, full screen, gallery): nothing of it works in a copy of the page. A button
    // that wraps the picture itself (a zoom link around it) stays.
    for (const b of Array.from(figure.getElementsByTagName('button'))) if (!hasMedia(b, ICON_PX)) b.remove();
    // A caption whose words Readability or the page's markup left out says nothing: it goes.
    for (const c of Array.from(figure.getElementsByTagName('figcaption'))) if (!trimmed(c)) c.remove();
    adoptNextCaption(figure);
    const caption = creditBeside(figure, figure.getElementsByTagName('figcaption')[0] ?? null);
    if (!caption) continue;
    joinInlineParagraphs(caption);
    spaceGluedParts(caption);
    dropRepeatedCredit(figure, caption);
  }
  for (const figure of Array.from(body.getElementsByTagName('figure'))) unwrapLoneItem(figure);
}

/** A caption set right after its figure, in no figure (`<figure><img></figure><figcaption>`), is the figure's. */
function adoptNextCaption(figure: Element): void {
  const next = figure.getElementsByTagName('figcaption').length || !hasMedia(figure) ? null : nextTight(figure);
  if (next && tagOf(next) === 'FIGCAPTION' && !next.parentElement?.closest('figure')) figure.appendChild(next);
}

/** `<ul><li><figure>…</figure></li></ul>`: a gallery of one picture (Hearst) is a figure, not a list of one bullet. */
function unwrapLoneItem(figure: Element): void {
  const li = figure.parentElement, list = li?.parentElement;
  if (!li || !list || tagOf(li) !== 'LI' || !/^(UL|OL)$/.test(tagOf(list)) || list.children.length !== 1) return;
  if (squeezed(li) !== squeezed(figure) || squeezed(list) !== squeezed(figure)) return;
  list.replaceWith(figure);
}

/** Elements read after a figure at most for its credit said again (past a gallery's controls: "1 / 5", "Caption"). */
const CREDIT_LOOK_AHEAD = 30;
/** A paragraph this long is the story's text: the search for a repeated credit stops there (or at another figure). */
const STORY_LINE = 80;

/**
 * A gallery prints the shown photo's credit once more below it (Hearst: "Photo: Meg Kinnard, AP" in the caption and
 * again in a box after the gallery). A box right after the figure, without media, whose whole text is a part of the
 * caption of a few words, says it twice: it goes (each such box: a gallery may print it twice more).
 */
function dropRepeatedCredit(figure: Element, caption: Element): void {
  const parts = new Set(Array.from(caption.children).map((c) => oneLine(c.textContent ?? '')).filter((t) => t && wordCount(t) <= CREDIT_MAX_WORDS));
  if (!parts.size) return;
  let el = nextOutside(figure);
  for (let n = 0; el && n < CREDIT_LOOK_AHEAD; n++) {
    const text = oneLine(el.textContent ?? '');
    if ((tagOf(el) === 'P' && text.length >= STORY_LINE) || tagOf(el) === 'FIGURE') return;
    const said = !!text && parts.has(text) && !hasMedia(el), next: Element | null = said ? nextOutside(el) : nextInOrder(el);
    if (said) el.remove();
    el = next;
  }
}

/** The element after `el` in document order (its first child, else the next outside it). */
const nextInOrder = (el: Element): Element | null => el.firstElementChild ?? nextOutside(el);

/**
 * A short line right after the picture, alone with it in its box (`<p><img><span>EPA</span></p>`), is the picture's
 * credit: it joins the figure's caption, or becomes it. Left beside the picture it was glued to it ("…)EPA").
 */
function creditBeside(figure: Element, caption: Element | null): Element | null {
  const img = figure.querySelector('img');
  const line = img?.nextElementSibling;
  if (!img || !line || !INLINE_TAGS.has(tagOf(line)) || hasMedia(line) || line.nextElementSibling) return caption;
  const text = trimmed(line);
  if (!text || wordCount(text) > CREDIT_MAX_WORDS || trimmed(img.parentElement!) !== text || (caption && caption.contains(line))) return caption;
  const doc = figure.ownerDocument;
  if (!caption) { caption = doc.createElement('figcaption'); figure.appendChild(caption); } else caption.appendChild(doc.createTextNode(' '));
  while (line.firstChild) caption.appendChild(line.firstChild);
  line.remove();
  return caption;
}

/** `<span><p>Foto:</p><p>Jane Doe / AP</p></span>`: a paragraph cannot sit in an inline box; the parts read as one line,
 * a space between parts where the text beside has none ("(" + "Image:" + "Anadolu…)": "(Image: Anadolu…)"). */
function joinInlineParagraphs(caption: Element): void {
  for (const p of Array.from(caption.getElementsByTagName('p'))) {
    if (!p.parentElement || !INLINE_TAGS.has(tagOf(p.parentElement))) continue;
    const doc = p.ownerDocument, before = p.previousSibling?.textContent ?? '', after = p.nextSibling?.textContent ?? '';
    if (!/[\s([{]$/.test(before)) p.before(doc.createTextNode(' '));
    while (p.firstChild) p.before(p.firstChild);
    if (after && !/^[\s)\]},.;]/.test(after)) p.before(doc.createTextNode(' '));
    p.remove();
  }
}

/** Two parts of a caption with no space between them ("…GP de Qatar." + "AFP", "…de Bédar" + "Emergencias
 * Andalucía/EFE"): a space, as the page's layout shows. */
function spaceGluedParts(caption: Element): void {
  eachElement(caption, (el) => {
    const next = el.nextSibling;
    if (el === caption || !next || next.nodeType !== 1) return;
    if (partEnds(el.textContent ?? '', next.textContent ?? '')) el.after(el.ownerDocument.createTextNode(' '));
  });
}

/** Words a caption's part holds at least for a capital right after it to open another part (a credit). */
const PHRASE_WORDS = 3;
/** Where a part ends and the next begins: after a sentence's or a label's end, or after a phrase of words when the
 * next part opens on a capital. A word styled in parts ("<b>g</b><b>ov</b>", "<b>i</b><b>Phone</b>") stays whole. */
function partEnds(text: string, next: string): boolean {
  if (!/^\S/.test(next)) return false;
  if (/[.!?:;)\]»”"’]$/.test(text)) return true;
  return /\p{L}$/u.test(text) && /^\p{Lu}/u.test(next) && wordCount(text) >= PHRASE_WORDS;
}

/** Schema.org types of a picture or a video the page describes in a script beside it. */
const MEDIA_TYPES = new Set(['VideoObject', 'ImageObject']);
/** Lines after the caption that stay with it (a date and a length: "18.04.2024 | 0:21 min"). */
const AFTER_CAPTION = 2;

/** The description a JSON-LD script gives its picture or video, folded (null: none, or not a medium). */
function mediaDescription(script: Element): string | null {
  try {
    const data = JSON.parse(script.textContent ?? '') as { '@type'?: unknown; description?: unknown };
    return MEDIA_TYPES.has(String(data['@type'])) && typeof data.description === 'string' ? oneLine(data.description) : null;
  } catch { return null; }
}

/**
 * A player's box that describes its video in JSON-LD and prints that description beside it (ZDF: a still, the
 * VideoObject script, the description, "18.04.2024 | 0:21 min"): the printed lines are the video's caption. The box
 * becomes a <figure> with them as its <figcaption>, before Readability, which drops the player and left the lines as
 * paragraphs of the story. The page's own data is the evidence, no words.
 */
export function figuresFromMediaData(doc: Document): number {
  let n = 0;
  for (const script of Array.from(doc.querySelectorAll('body script[type="application/ld+json"]'))) {
    const box = script.parentElement;
    const description = box && box.tagName.toUpperCase() !== 'FIGURE' && hasMedia(box) ? mediaDescription(script) : null;
    if (!box || !description) continue;
    const kids = Array.from(box.children);
    const at = kids.findIndex((k) => textOf(k) === description);
    if (at < 0 || kids.slice(0, at).some((k) => k !== script && textOf(k) && !hasMedia(k))) continue;
    const lines = [kids[at]!];
    for (const k of kids.slice(at + 1, at + 1 + AFTER_CAPTION)) if (textOf(k) && wordCount(trimmed(k)) <= CREDIT_MAX_WORDS) lines.push(k); else break;
    const figure = doc.createElement('figure'), caption = doc.createElement('figcaption');
    for (const l of lines) { if (caption.firstChild) caption.appendChild(doc.createTextNode(' ')); caption.appendChild(l); }
    while (box.firstChild) figure.appendChild(box.firstChild);
    figure.appendChild(caption);
    box.appendChild(figure);
    n++;
  }
  return n;
}

/** Levels above a picture or a paragraph its slide's box may be. */
const SLIDE_LEVELS = 6;
/** The caption's share of its slide's text at least: the rest is a counter and a button ("2 of 12", "Read More"). */
const SLIDE_CAPTION_SHARE = 0.7;

const slideMedia = (box: Element) => [...Array.from(box.getElementsByTagName('img')).filter((i) => !isIconSized(i)), ...Array.from(box.getElementsByTagName('video'))];
const isIconSized = (img: Element) => ['width', 'height'].some((a) => { const v = Number(img.getAttribute(a) ?? NaN); return v > 0 && v <= ICON_PX; });

/**
 * A slide: the smallest box around `el` (a picture, or a paragraph) that holds one picture or video and one paragraph
 * of text, that paragraph nearly all the box's text (AP's carousel: the photo, "2 of 12 |", the caption in a <p>,
 * "Read More"). The paragraph is the medium's caption, no story text. Null when `el` stands in no such box.
 */
export function slideOf(el: Element): { medium: Element; caption: Element } | null {
  let box: Element | null = el.parentElement;
  for (let k = 0; box && k < SLIDE_LEVELS && tagOf(box) !== 'BODY'; k++, box = box.parentElement) {
    const media = slideMedia(box), paragraphs = Array.from(box.getElementsByTagName('p')).filter((p) => trimmed(p));
    if (media.length > 1 || paragraphs.length > 1) return null;
    if (!media.length || !paragraphs.length) continue;
    const caption = paragraphs[0]!;
    return squeezed(caption).length >= SLIDE_CAPTION_SHARE * squeezed(box).length ? { medium: media[0]!, caption } : null;
  }
  return null;
}
