// Export from an extension page: the report's Markdown, text or HTML, to the clipboard or to a file.
import { toHtml, toMarkdown, toPlainText } from '../lib/export';
import type { Report } from '../lib/types';
import type { ExportFormat, ExportTarget } from '../utils/storage';
import { sanitizeArticleHtml } from '../utils/sanitize';

export const FORMAT_INFO: Record<ExportFormat, { label: string; ext: string; mime: string }> = {
  markdown: { label: 'Markdown', ext: 'md', mime: 'text/markdown' },
  text: { label: 'Text', ext: 'txt', mime: 'text/plain' },
  html: { label: 'HTML', ext: 'html', mime: 'text/html' },
};

export function exportReport(report: Report, format: ExportFormat): string {
  if (format === 'html') return toHtml(report, (h) => sanitizeArticleHtml(h, report.url));
  if (format === 'text') return toPlainText(report);
  return toMarkdown(report);
}

export function exportFilename(report: Report, format: ExportFormat): string {
  const base = (report.article?.title ?? 'article')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80) || 'article';
  return `${base}.${FORMAT_INFO[format].ext}`;
}

export async function deliver(text: string, target: ExportTarget, filename: string, mime: string): Promise<string> {
  if (target === 'clipboard') {
    await navigator.clipboard.writeText(text);
    return 'Copied to the clipboard';
  }
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return `Saved ${filename}`;
}
