// The extension's article sanitiser: the shared policy (lib/sanitize.ts) over the page's own DOMPurify, for the
// reader view and the HTML export. The CLI applies the same policy over a jsdom window (cli/sanitize.ts).
import DOMPurify from 'dompurify';
import { articleSanitizer, type ArticleSanitizer } from '../lib/sanitize';

let sanitizer: ArticleSanitizer | null = null;

/** Sanitise article HTML. `baseUrl` (the article's address) resolves relative links and images. */
export function sanitizeArticleHtml(html: string, baseUrl?: string | null): string {
  sanitizer ??= articleSanitizer(DOMPurify(window));
  return sanitizer(html, baseUrl);
}
