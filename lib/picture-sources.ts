// Pictures Readability would lose though the page shows them, made plain <img>s before it runs (structure only):
// - a figure's photo inside a <button> (a zoom or lightbox control: Luxemburger Wort's `<button><img …></button>`):
//   Readability removes every button with what it holds, and the caption stood alone under nothing;
// - an <img> with no address of its own inside a <picture> whose <source> names the files (ZDF's players' stills:
//   `<picture><source srcset="…"><img alt="…"></picture>`): the browser shows the source's file, Readability drops an
//   image without an address, and the caption stood alone.
import { attrName, tagOf } from './dom';
import { imageSource } from './lead-photo';
import { srcsetBest } from './html';
import { isIcon } from './pictures';

/** A control's picture is a drawing ("zoom-in.svg", "audio-volume.svg"): a photo is no vector file. */
const VECTOR = /\.svg(?:[?#]|$)/i;

/** A button in a figure that shows a photo and nothing else (no label: a read-aloud or a share button has one). */
function pictureButton(button: Element): boolean {
  if ((button.textContent ?? '').trim() || !button.closest('figure')) return false;
  const imgs = Array.from(button.getElementsByTagName('img'));
  return imgs.some((i) => !isIcon(i) && !VECTOR.test(i.getAttribute('src') ?? ''));
}

/** Each picture's button gives way to what it holds. */
function unwrapPictureButtons(root: Element): void {
  for (const b of Array.from(root.getElementsByTagName('button'))) {
    if (!b.isConnected || !pictureButton(b)) continue;
    while (b.firstChild) b.before(b.firstChild);
    b.remove();
  }
}

/** The first srcset a <picture>'s sources give (written, or left for a lazy loader), or null. */
function sourceSet(picture: Element): string | null {
  for (const s of Array.from(picture.children)) {
    if (tagOf(s) !== 'SOURCE') continue;
    for (const name of ['srcset', 'data-srcset']) {
      const at = attrName(s, name), v = at && s.getAttribute(at)?.trim();
      if (v && !v.startsWith('data:')) return v;
    }
  }
  return null;
}

/** An <img> of a <picture> with no address of its own takes its sources' files, as the browser shows them. */
function imagesFromSources(root: Element): void {
  for (const picture of Array.from(root.getElementsByTagName('picture'))) {
    const img = Array.from(picture.children).find((c) => tagOf(c) === 'IMG');
    if (!img || imageSource(img)) continue;
    const set = sourceSet(picture), best = srcsetBest(set);
    if (!set || !best) continue;
    img.setAttribute('src', best);
    img.setAttribute('srcset', set);
  }
}

/** The pictures a button or a picture's sources hold, as <img>s Readability keeps. */
export function plainPictures(root: Element): void {
  unwrapPictureButtons(root);
  imagesFromSources(root);
}
