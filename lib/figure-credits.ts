// A figure's credit as a reader expects it: once, after the caption's words. Pages print a photo's credit twice in
// one figure (on the picture, for the screen, and again in the caption: "© André Schmidt" above and below the
// caption, "Eva Kirchner-Rätsch/rbb" on the photo and "Bild: Eva Kirchner-Rätsch/rbb" in it), and some set the
// credit first ("© John Brecher Needle poking skin…", "BILD: SN/APA/… Ex-Ministerin Raab…"), where a reader looks
// for what the picture shows. The evidence: the same words twice in the figure (any language), and a credit's shape
// (a copyright sign, a credit word of the page's language before a colon, agencies joined by slashes).
import { oneLine, wordCount } from './chars';
import { hasMedia, tagOf, textOf } from './dom';
import { rulesFor } from './rules/languages';
import { slashCredit } from './clean/credit-shape';
import { forScreenReaders } from './text-runs';
import { CREDIT_MAX_WORDS } from './figures';

const COPYRIGHT = /^(©|\(c\)\s)/i;
/** Fewer letters are no credit to compare ("AP" may be any two letters of a caption). */
const MIN_CHARS = 3;

/** A credit's words without its mark or label, folded: what two copies of it share. */
const core = (s: string, labels: readonly string[]) => {
  let t = s.replace(COPYRIGHT, '').trim().toLowerCase();
  for (const l of labels) if (t.startsWith(l) && /^\s*:/.test(t.slice(l.length))) { t = t.slice(l.length).replace(/^\s*:/, ''); break; }
  return t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(); // its words: "Bild: X/rbb" and "X/rbb", "40: So" and "40- So"
};
/** Whether `words` stand in `text` as whole words. */
const saysIn = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/** Whether a line is a credit in `labels`' language, by its shape. */
function isCredit(s: string, labels: readonly string[]): boolean {
  if (!s || wordCount(s) > CREDIT_MAX_WORDS || !core(s, labels)) return false; // a label alone ("Image:") credits no one
  if (COPYRIGHT.test(s)) return true;
  const low = s.toLowerCase();
  if (labels.some((l) => low.startsWith(l) && (/^\s*:/.test(low.slice(l.length)) || (l.includes(' ') && low[l.length] === ' ')))) return true;
  return slashCredit(s.replace(/\s+/g, ' '), 0);
}

/** The parts of a caption: the children of its innermost box that holds them all (`<span><span>words</span>Foto: X</span>`). */
function partsOf(caption: Element): ChildNode[] {
  let box = caption;
  for (;;) {
    const kids = Array.from(box.childNodes).filter((n) => textOf(n));
    if (kids.length !== 1 || kids[0]!.nodeType !== 1) return kids;
    box = kids[0] as Element;
  }
}

/** Text elements of the figure outside its caption (a credit printed on the picture), innermost only. */
function linesOutside(figure: Element, caption: Element): Element[] {
  return Array.from(figure.querySelectorAll('*')).filter((e) => !caption.contains(e) && !e.contains(caption) && textOf(e) && !Array.from(e.children).some((c) => textOf(c)));
}

/** Removes `el`, with the boxes that held nothing else. */
function removeWithBoxes(el: Element, figure: Element): void {
  let box = el;
  while (box.parentElement && box.parentElement !== figure && textOf(box.parentElement) === textOf(el) && !box.parentElement.querySelector('img, picture, video, iframe')) box = box.parentElement;
  box.remove();
}

/** A credit said twice in one figure is said once: the copy printed on the picture (outside the caption) goes when
 * the caption says it, and of two copies in the caption the first. */
function dropCreditCopies(figure: Element, caption: Element, labels: readonly string[]): void {
  const said = core(textOf(caption), labels);
  const outside = linesOutside(figure, caption);
  outside.forEach((line, k) => {
    const own = core(textOf(line), labels);
    if (own.length < MIN_CHARS || wordCount(own) > CREDIT_MAX_WORDS) return;
    const later = outside.slice(k + 1).some((o) => core(textOf(o), labels) === own);
    if (later || saysIn(said, own)) removeWithBoxes(line, figure);
  });
  const parts = partsOf(caption);
  parts.forEach((part, k) => {
    const own = core(textOf(part), labels);
    if (own && isCredit(textOf(part), labels) && parts.slice(k + 1).some((p) => core(textOf(p), labels) === own)) part.remove();
  });
}

/** A caption that opens with its credit reads its words first: the credit goes to its end. */
function creditLast(caption: Element, labels: readonly string[]): void {
  const parts = partsOf(caption);
  const first = parts[0];
  if (!first || parts.length < 2 || !isCredit(textOf(first), labels)) return;
  // The rest must be the caption's words: more of them than the credit's, and not the credit going on ("Photo by
  // X" + "/Getty Images", "Source: A, B" + "& C").
  const rest = oneLine(parts.slice(1).map(textOf).join(' '));
  if (!/^[\p{L}\p{N}"'“„«‘(]/u.test(rest) || wordCount(rest) <= wordCount(textOf(first)) || parts.slice(1).every((p) => isCredit(textOf(p), labels))) return;
  const box = first.parentNode!;
  const block = first.nodeType === 1 && !/^(SPAN|SMALL|EM|I|B|STRONG|CITE)$/.test(tagOf(first as Element));
  if (!block) box.appendChild(caption.ownerDocument.createTextNode(' '));
  box.appendChild(first);
}

/** A hint for screen readers on the picture, outside the caption (a zoom link's "Open this photo in gallery:"): the
 * page shows it to no one who sees the photo, and the reader printed it as a line above it. And a rule inside the
 * figure (a player's line between its still and its caption, ZDF): it parts nothing of the story, and the Markdown
 * printed "* * *" between the picture and its caption. */
function dropScreenReaderHints(figure: Element): void {
  for (const el of Array.from(figure.querySelectorAll('span, div, p, hr'))) {
    if (tagOf(el) === 'HR' || (!el.closest('figcaption') && forScreenReaders(el) && !hasMedia(el))) el.remove();
  }
}

/** Each figure's credit once, after its caption's words (and no screen reader's hint on its picture). `lang`: the
 * page's language (its credit words). */
export function tidyFigureCredits(body: Element, lang: string | null): void {
  const figures = Array.from(body.getElementsByTagName('figure'));
  if (!figures.length) return;
  const labels = rulesFor(lang).credits;
  for (const figure of figures) {
    dropScreenReaderHints(figure);
    const caption = Array.from(figure.getElementsByTagName('figcaption')).find((c) => c.parentElement?.closest('figure') === figure);
    if (!caption || !textOf(caption)) continue;
    dropCreditCopies(figure, caption, labels);
    creditLast(caption, labels);
  }
}
