// The one sanitiser policy of article HTML, for every host: the reader view and HTML export in the extension, the
// CLI's HTML export (and `analyze --sanitize`). The policy is data; DOMPurify applies it, and the host hands in its
// own DOMPurify instance (over the browser's window, or a jsdom window in Node), so lib/ stays free of any DOM.
// Addresses are allowed by scheme (a list, never a block list), resolved against the article's own address.
import type { Config, DOMPurify } from 'dompurify';
import { removeFurniture } from './output-furniture';
import { INLINE_TAGS } from './dom';
import { isPlaceholder, isTrackerImage, PIXEL_MAX } from './tracker-image';

export const SANITIZE_POLICY = {
  /** Executable, interactive, embedding, styling or document-level elements: never part of an article's text. */
  forbidTags: ['script', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'textarea', 'select', 'option', 'style', 'link', 'meta', 'base', 'svg', 'math', 'dialog'],
  /** Presentation, identity and side channels (srcset would bypass the address check, ping reports clicks). */
  forbidAttrs: ['style', 'srcset', 'sizes', 'ping', 'formaction', 'action', 'background', 'poster', 'id', 'class', 'name', 'target'],
  /** Schemes a link may use. */
  linkSchemes: ['http:', 'https:', 'mailto:'],
  /** Schemes an image may use, and the image types allowed inline as data: URLs. */
  imageSchemes: ['http:', 'https:'],
  dataImageTypes: ['png', 'gif', 'jpeg', 'jpg', 'webp', 'avif'],
  /** An image this many pixels wide or high (or less) is a tracking pixel (lib/tracker-image.ts: by style too). */
  pixelMaxSize: PIXEL_MAX,
  /** Attributes that hold an address. */
  urlAttrs: ['href', 'src', 'cite'],
  /** Elements that mean something without text; any other element left without text or media is an empty
   * wrapper (what is left of a box whose blocks were removed) and goes. */
  /** Elements a standards parser reads as raw text, renamed before sanitising to what shows the same words: the
   * host's parser (linkedom) may have kept their content as markup, which DOMPurify would otherwise drop whole. */
  rawTextRenames: { xmp: 'pre', plaintext: 'pre', noembed: 'div', noframes: 'div' } as Record<string, string>,
  keepWhenEmpty: ['IMG', 'BR', 'HR', 'WBR', 'TD', 'TH', 'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'COL', 'COLGROUP'],
} as const;

// Resolves references that carry no scheme of their own when the article's address is unknown; never printed.
const NO_BASE = 'https://relative.invalid/';
const NO_BASE_ORIGIN = new URL(NO_BASE).origin;

/**
 * The address to keep for `raw`, or null when its scheme is not allowed (`javascript:`, ` JavaScript:`,
 * `java\tscript:`, `vbscript:`, `data:text/html`…). Absolute against `base`; without a base, a reference without
 * a scheme stays relative. The URL parser is the browser's, so a link is judged as a browser would follow it.
 */
export function safeUrl(raw: string, base?: string | null, kind: 'link' | 'image' = 'link'): string | null {
  let url: URL;
  try {
    url = new URL(raw, base || NO_BASE);
  } catch {
    return null;
  }
  if (kind === 'image' && url.protocol === 'data:') {
    const type = /^data:image\/([a-z]+)[;,]/i.exec(url.href)?.[1]?.toLowerCase();
    return type && (SANITIZE_POLICY.dataImageTypes as readonly string[]).includes(type) ? url.href : null;
  }
  const schemes: readonly string[] = kind === 'image' ? SANITIZE_POLICY.imageSchemes : SANITIZE_POLICY.linkSchemes;
  if (!schemes.includes(url.protocol)) return null;
  if (!base && url.origin === NO_BASE_ORIGIN) return raw.replace(/[\t\n\r]/g, '').trim();
  return url.href;
}

const CONFIG: Config = {
  FORBID_TAGS: [...SANITIZE_POLICY.forbidTags],
  FORBID_ATTR: [...SANITIZE_POLICY.forbidAttrs],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify's own address check, narrowed to the policy's schemes (or none: a relative reference).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Applies the address policy to one element after DOMPurify has cleaned its attributes. */
function applyUrlPolicy(el: Element, base: string | null): void {
  if (!el.tagName) return;
  const tag = el.tagName.toUpperCase();
  for (const attr of SANITIZE_POLICY.urlAttrs) {
    const v = el.getAttribute(attr);
    if (v === null) continue;
    const safe = safeUrl(v, base, tag === 'IMG' && attr === 'src' ? 'image' : 'link');
    if (safe) el.setAttribute(attr, safe);
    else el.removeAttribute(attr);
  }
  if (tag === 'A' && el.hasAttribute('href')) {
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'IMG') {
    const px = SANITIZE_POLICY.pixelMaxSize;
    const w = parseFloat(el.getAttribute('width') ?? ''), h = parseFloat(el.getAttribute('height') ?? '');
    const src = el.getAttribute('src');
    if ((w >= 0 && w <= px) || (h >= 0 && h <= px) || !src || isPlaceholder(src)) { el.remove(); return; }
    el.setAttribute('loading', 'lazy');
    el.setAttribute('referrerpolicy', 'no-referrer');
  }
}

const dropAddress = (img: Element) => { for (const a of ['src', 'srcset', 'srcSet']) img.removeAttribute(a); };

const RAW_TEXT = new RegExp(`<(/?)(${Object.keys(SANITIZE_POLICY.rawTextRenames).join('|')})(?=[\\s/>])`, 'gi');

/** The HTML with the raw-text elements renamed (see SANITIZE_POLICY.rawTextRenames). */
export const withoutRawText = (html: string) => html.replace(RAW_TEXT, (_m, slash: string, tag: string) => `<${slash}${SANITIZE_POLICY.rawTextRenames[tag.toLowerCase()]}`);

const KEEP_EMPTY: ReadonlySet<string> = new Set(SANITIZE_POLICY.keepWhenEmpty);

/** Removes elements with no text and nothing that shows without text, children first. An inline one that holds
 * only a space leaves the space ("comes<strong> </strong>during" stays two words). */
function dropEmptyWrappers(root: DocumentFragment): void {
  const all = Array.from(root.querySelectorAll('*'));
  for (const el of all.reverse()) {
    const tag = el.tagName.toUpperCase();
    if (KEEP_EMPTY.has(tag) || el.firstElementChild) continue;
    const text = el.textContent ?? '';
    if (text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')) continue;
    if (/\s/.test(text) && INLINE_TAGS.has(tag)) el.replaceWith(el.ownerDocument.createTextNode(' '));
    else el.remove();
  }
}

export type ArticleSanitizer = (html: string, baseUrl?: string | null) => string;

/**
 * A sanitiser of article HTML over the host's DOMPurify instance (made once: it installs the policy's hook).
 * `baseUrl` (the article's address) makes relative links and images absolute.
 */
export function articleSanitizer(purify: DOMPurify): ArticleSanitizer {
  let base: string | null = null;
  // A tracking pixel is told by its inline style too, which the policy strips: judged first, it loses its address
  // (and so goes, as an image without one).
  purify.addHook('beforeSanitizeAttributes', (node) => { if ((node as Element).tagName?.toUpperCase() === 'IMG' && isTrackerImage(node as Element)) dropAddress(node as Element); });
  purify.addHook('afterSanitizeAttributes', (node) => applyUrlPolicy(node as Element, base));
  return (html, baseUrl) => {
    base = baseUrl ?? null;
    const fragment = purify.sanitize(withoutRawText(html), { ...CONFIG, RETURN_DOM_FRAGMENT: true });
    removeFurniture(fragment);
    dropEmptyWrappers(fragment);
    const box = fragment.ownerDocument.createElement('div');
    box.appendChild(fragment);
    return box.innerHTML;
  };
}
