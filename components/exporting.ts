// Export from an extension page: the report's Markdown, text or HTML, to the clipboard or to a file. Loaded when
// the reader exports (Turndown and DOMPurify are most of its weight), not when the popup opens.
import { toHtml, toMarkdown, toPlainText } from '../lib/export';
import type { Report } from '../lib/types';
import type { ExportFormat, ExportTarget } from '../utils/storage';
import { sanitizeArticleHtml } from '../utils/sanitize';
import { deliverText } from '../utils/download';
import { FORMAT_INFO, headline, withHeadline } from './format';

export { FORMAT_INFO } from './format';

/** The article as a file's text; its title is the headline, the site's name being in its own field. */
export function exportReport(full: Report, format: ExportFormat): string {
  const report = withHeadline(full);
  if (format === 'html') return toHtml(report, (h) => sanitizeArticleHtml(h, report.url));
  if (format === 'text') return toPlainText(report);
  return toMarkdown(report);
}

export function exportFilename(report: Report, format: ExportFormat): string {
  // Composed (NFC), with marks kept: "próximas" and "が" stay whole letters, not a letter and a hyphen.
  const words = ((report.article && headline(report).title) || 'article')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  const base = Array.from(words).slice(0, 80).join('').replace(/-+$/, '') || 'article';
  return `${base}.${FORMAT_INFO[format].ext}`;
}

/** Export `report` as `format` to `target`; says what happened. */
export async function exportTo(report: Report, format: ExportFormat, target: ExportTarget): Promise<string> {
  return deliver(exportReport(report, format), target, exportFilename(report, format), FORMAT_INFO[format].mime);
}

/** Copy or save from an extension page; says what happened. */
export async function deliver(text: string, target: ExportTarget, filename: string, mime: string): Promise<string> {
  if (target === 'clipboard') {
    await navigator.clipboard.writeText(text); // a refusal is reported to the reader, who chose the clipboard
    return 'Copied to the clipboard';
  }
  return (await deliverText(document, text, 'file', filename, mime)).message;
}
