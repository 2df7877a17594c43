// Export: the clean article as Markdown (YAML front matter + Turndown), plain text, or a standalone HTML page.
// The HTML is sanitised by the host's sanitiser (DOMPurify over the host's window), never trusted as it came.
import TurndownService from 'turndown';
import type { Report } from './types';

export type ExportFormat = 'md' | 'text' | 'html';

/** A YAML scalar, quoted only when it has to be. */
function yaml(v: string): string {
  return /^[\w][\w .,/@()+:?=&%~-]*$/.test(v) && !/^(true|false|null|yes|no|~|\d[\d.:-]*)$/i.test(v) && !/[:#]\s|\s$/.test(v) ? v : JSON.stringify(v);
}

export function frontMatter(report: Report): string {
  const a = report.article;
  if (!a) return '';
  const lines = ['---', `title: ${yaml(a.title)}`];
  if (report.url) lines.push(`url: ${yaml(report.url)}`);
  if (a.byline) lines.push(`byline: ${yaml(a.byline)}`);
  if (a.siteName) lines.push(`site: ${yaml(a.siteName)}`);
  if (a.publishedTime) lines.push(`published: ${yaml(a.publishedTime)}`);
  if (a.lang) lines.push(`lang: ${yaml(a.lang)}`);
  if (report.parties.length) {
    lines.push('parties:');
    for (const p of report.parties.slice(0, 12)) lines.push(`  - name: ${yaml(p.name)}`, `    type: ${p.type}`);
  }
  const key = report.quotes.filter((q) => q.key).slice(0, 5);
  if (key.length) {
    lines.push('key_quotes:');
    for (const q of key) lines.push(`  - text: ${yaml(q.text)}`, `    speaker: ${q.speaker ? yaml(q.speaker) : 'null'}`);
  }
  if (report.removed.length) lines.push(`removed_blocks: ${report.removed.length}`);
  lines.push('---', '');
  return lines.join('\n');
}

let turndown: TurndownService | null = null;
function markdownOf(html: string): string {
  turndown ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return turndown.turndown(html);
}

export function toMarkdown(report: Report): string {
  const a = report.article;
  if (!a) throw new Error('no article to export');
  return `${frontMatter(report)}# ${a.title}\n\n${markdownOf(a.html).trim()}\n`;
}

export function toPlainText(report: Report): string {
  const a = report.article;
  if (!a) throw new Error('no article to export');
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).join(' · ');
  return `${a.title}\n${meta ? meta + '\n' : ''}${report.url ? report.url + '\n' : ''}\n${a.text}\n`;
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone HTML page; `sanitize` cleans the article HTML (DOMPurify), and a CSP forbids scripts regardless. */
export function toHtml(report: Report, sanitize: (html: string) => string): string {
  const a = report.article;
  if (!a) throw new Error('no article to export');
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).map((s) => escHtml(s!)).join(' · ');
  return `<!DOCTYPE html>
<html${a.lang ? ` lang="${escHtml(a.lang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escHtml(a.title)}</title>
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#222}img{max-width:100%;height:auto}pre{overflow:auto}.meta{color:#666;font:14px system-ui,sans-serif}</style>
</head>
<body>
<article>
<h1>${escHtml(a.title)}</h1>
${meta ? `<p class="meta">${meta}</p>\n` : ''}${report.url ? `<p class="meta"><a href="${escHtml(report.url)}">${escHtml(report.url)}</a></p>\n` : ''}${sanitize(a.html)}
</article>
</body>
</html>
`;
}

export function exportArticle(report: Report, format: ExportFormat, sanitize: (html: string) => string): string {
  return format === 'md' ? toMarkdown(report) : format === 'text' ? toPlainText(report) : toHtml(report, sanitize);
}
