// A tracking pixel: an image that shows nothing and exists to be loaded (a page view counted on a third party's
// server). Loading it is the tracking, so it must never reach the reader view or an export. Told by structure alone:
// a size of a pixel or two (by attribute or by inline style), or a place off the screen. A picture that fills its
// box (Next.js: `width:0;height:0;min-width:100%`) is no pixel.

/** An image this many pixels wide or high (or less) is a tracking pixel. */
export const PIXEL_MAX = 2;
/** Placed this far off the screen's left or top edge (negative), an image is never seen. */
const OFF_SCREEN_PX = 500;

const lengthPatterns = new Map<string, RegExp>();
/** The pattern of a property's length, built once a process (asked of every styled image of every page). */
function lengthPattern(prop: string): RegExp {
  let re = lengthPatterns.get(prop);
  if (!re) lengthPatterns.set(prop, re = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(-?[\\d.]+)(px)?\\s*(?:!important)?\\s*(?:;|$)`, 'i'));
  return re;
}

/** A length of the inline style in CSS pixels, or NaN when not given in pixels (a share, `auto`). */
function styleLength(style: string, prop: string): number {
  const m = lengthPattern(prop).exec(style);
  if (!m) return NaN;
  return m[2] || parseFloat(m[1]!) === 0 ? parseFloat(m[1]!) : NaN;
}

const tiny = (v: number) => v >= 0 && v <= PIXEL_MAX;

/** Sized as a pixel both ways by the inline style, without a minimum that makes it grow again. One way alone is
 * an aspect-ratio box (DW: `height:0; padding-bottom:56.25%`), a picture once its script has run. */
function pixelByStyle(style: string): boolean {
  if (!tiny(styleLength(style, 'width')) || !tiny(styleLength(style, 'height'))) return false;
  return !/(?:^|;)\s*min-(?:width|height)\s*:\s*(?!0(?:px)?\s*(?:;|$))/i.test(style);
}

/** Placed off the screen by the inline style (`left:-9999px`, `top:-10000px`). */
function offScreen(style: string): boolean {
  return ['left', 'top', 'margin-left', 'margin-top'].some((p) => styleLength(style, p) <= -OFF_SCREEN_PX);
}

/** Whether `img` is a tracking pixel (its width or height attribute, or its inline style). */
export function isTrackerImage(img: Element): boolean {
  const w = parseFloat(img.getAttribute('width') ?? ''), h = parseFloat(img.getAttribute('height') ?? '');
  if (tiny(w) || tiny(h)) return true;
  const style = img.getAttribute('style') ?? '';
  return !!style && (pixelByStyle(style) || offScreen(style));
}

/** A lazy loader's attribute with an address: the picture is still to come, and a script sets its size then. */
const lazy = (img: Element) => Array.from(img.attributes).some((a) => /^data-[\w-]*(?:lazy|src)/i.test(a.name) && /^(https?:|\/)/i.test(a.value.trim()));

/** Removes every tracking pixel under `root` (the working copy, before Readability drops the inline styles that
 * tell them); a lazy picture sized as a pixel until it loads stays. Returns how many. */
export function dropTrackerImages(root: Element): number {
  let n = 0;
  for (const img of Array.from(root.getElementsByTagName('img'))) if (!lazy(img) && isTrackerImage(img)) { img.remove(); n++; }
  return n;
}

/** Width and height a data: GIF or PNG gives in its own header, or null. */
function dataImageSize(src: string): [number, number] | null {
  const m = /^data:image\/(?:gif|png);base64,([A-Za-z0-9+/]{32})/i.exec(src);
  if (!m) return null;
  const b = Array.from(atob(m[1]!), (c) => c.charCodeAt(0));
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return [b[6]! | (b[7]! << 8), b[8]! | (b[9]! << 8)];
  const be32 = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  if (b[0] === 0x89 && b[12] === 0x49 && b[13] === 0x48) return [be32(16), be32(20)];
  return null;
}

/** Sides of a blank stand-in at most, by a data: image's own header (a 16×9 ratio box a player's script fills). */
const STAND_IN_PX = 48;
/** Media a stand-in never holds. */
const OTHER_MEDIA = ['picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'object', 'embed'];

/**
 * Whether `el` shows nothing but data: images no larger than a stand-in by their own headers, with no alt text: a
 * ratio box or a spacer, no picture a reader could name. Removed, it is no entry of the removal list (an empty line).
 */
export function blankStandIns(el: Element): boolean {
  const imgs = Array.from(el.getElementsByTagName('img'));
  if (!imgs.length || OTHER_MEDIA.some((t) => el.getElementsByTagName(t).length)) return false; // no selector: cleaning runs cold
  return imgs.every((img) => {
    const size = dataImageSize(img.getAttribute('src') ?? '');
    return !!size && Math.max(...size) <= STAND_IN_PX && !(img.getAttribute('alt') ?? '').trim();
  });
}

/** A data: image that is a pixel by its own header: a lazy loader's placeholder (a 1×1 GIF), blank until the page's
 * script fills it in; shown, it is an empty frame. */
export const isPlaceholder = (src: string): boolean => {
  const size = dataImageSize(src);
  return !!size && Math.min(...size) <= PIXEL_MAX;
};
