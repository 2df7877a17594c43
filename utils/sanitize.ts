// DOMPurify set up for article HTML shown in the reader view or exported as HTML: no script, no event handlers,
// no javascript: links, no frames, forms or styles, no tracking pixels; relative addresses made absolute.
import DOMPurify from 'dompurify';

const FORBID_TAGS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select',
  'style', 'link', 'meta', 'base', 'script', 'noscript', 'template', 'svg', 'math', 'portal'];
const FORBID_ATTR = ['style', 'srcset', 'sizes', 'ping', 'formaction', 'background', 'poster', 'id', 'class'];

function absolute(value: string, base: string | undefined): string | null {
  try {
    const u = new URL(value, base);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:') return u.href;
    if (u.protocol === 'data:' && /^data:image\/(png|gif|jpe?g|webp|avif);/i.test(value)) return value;
    return null;
  } catch {
    return null;
  }
}

/** Sanitise article HTML. `baseUrl` (the article's address) resolves relative links and images. */
export function sanitizeArticleHtml(html: string, baseUrl?: string | null): string {
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.tagName) return;
    for (const attr of ['href', 'src', 'cite'] as const) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = absolute(v.trim(), baseUrl ?? undefined);
      if (abs) el.setAttribute(attr, abs);
      else el.removeAttribute(attr);
    }
    if (el.tagName === 'A') {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (el.tagName === 'IMG') {
      el.setAttribute('loading', 'lazy');
      el.setAttribute('referrerpolicy', 'no-referrer');
      const w = Number(el.getAttribute('width')), h = Number(el.getAttribute('height'));
      if ((w > 0 && w <= 2) || (h > 0 && h <= 2) || !el.getAttribute('src')) el.remove(); // tracking pixel or empty
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    WHOLE_DOCUMENT: false,
  }) as string;
}
