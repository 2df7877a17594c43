// Export: the clean article as Markdown (YAML front matter + Markdown body), plain text, or a standalone HTML page.
// Shared by the CLI and the extension's "Save Markdown / HTML / text". The HTML is sanitised by the host's
// sanitiser (the shared policy over the host's DOMPurify), never trusted as it came; every address that becomes a
// link is checked against the policy's schemes first.
import { stringify } from 'yaml';
import type { Article, Report } from './types';
import { escapeMarkdownLine, htmlToMarkdown } from './export-markdown';
import { oneLine } from './chars';
import { safeUrl } from './sanitize';
import { descriptionOf } from './export-description';
import { quoteForDisplay, speakerLabel } from './quote-text';
import { shownKeyQuotes } from './analysis/keyquotes';
import { splitTitle } from './title';
import { cleanByline } from './byline';
import { formatDate } from './display-date';
import { LOOSE_TIMESTAMP } from './written-time';
import { letters } from './page/text';
import { hostOf } from './clean/addresses';
import { CONTINUES_NOTE } from './next-page';

/** The headline without the site's name ("… - 毎日新聞"), as the popup and the reader show it: the site is named apart. */
const headlineOf = (report: Report) => splitTitle(report.article?.title ?? '', report.article?.siteName, report.url).title;

export type ExportFormat = 'md' | 'text' | 'html';

/** The byline as exports give it: a site that signs as itself ("ORF.at" on orf.at) is named once, as the site (the
 * reader's header does the same); the report keeps the byline as the page gave it. */
function authorOf(report: Report): string | null {
  const a = report.article, byline = a && cleanByline(a.byline, a.lang);
  // Without a site name the byline is what names the site.
  if (!byline || !a.siteName) return byline;
  const host = hostOf(report.url) ?? '';
  const own = letters(byline);
  return [a.siteName, host].some((site) => site && letters(site) === own) ? null : byline;
}

/** The publication date as an RFC 3339 timestamp where the site wrote one loosely ("2025-01-13T10:22:29+0100",
 * "2024-04-30 16:00:34 +02:00", "2024-08-08T08:00Z"), which front-matter readers parse as a date; a date alone
 * stays a date, anything else stays as the site wrote it. */
export function isoTimestamp(raw: string): string {
  const m = LOOSE_TIMESTAMP.exec(raw.trim());
  if (!m) return oneLine(raw);
  const [, date, time, zone] = m;
  if (!date || !time) return date ?? oneLine(raw);
  const offset = !zone ? '' : /z/i.test(zone) ? 'Z' : zone.length === 3 ? `${zone}:00` : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${date}T${time.length === 5 ? `${time}:00` : time}${offset}`;
}

/** The line every export ends with when the page gave only part of the story (lib/paywall.ts): a saved copy must
 * not pass for the whole article. */
export const PARTIAL_NOTE = 'Only part of this article was on the page: the rest is for subscribers.';
/** That line in a format: `link` writes the article's address, `text` escapes words, `wrap` sets the line apart. */
function partialLine(report: Report, link: (url: string) => string, text: (s: string) => string, wrap: (line: string) => string): string {
  if (!report.article?.partial) return '';
  const url = report.url ? safeUrl(report.url) : null;
  return wrap(`${text(PARTIAL_NOTE)}${url ? ` ${text('The whole article:')} ${link(url)}` : ''}`);
}

/** The line every export ends with when the story goes on on the page's own next page (lib/next-page.ts): a saved
 * copy must not pass for the whole story. `link` writes the address, `text` escapes words, `wrap` sets it apart. */
function continuesLine(report: Report, link: (url: string) => string, text: (s: string) => string, wrap: (line: string) => string): string {
  const url = report.article?.continues ? safeUrl(report.article.continues) : null;
  return url ? wrap(`${text(CONTINUES_NOTE)} ${link(url)}`) : '';
}

/** YAML front matter written by the `yaml` library: every string double-quoted, so no reader (YAML 1.1 or 1.2)
 * takes a title such as `On`, `0x1F`, `1e3` or `Breaking: news` for anything but a string. */
export function frontMatter(report: Report): string {
  const a = report.article;
  if (!a) return '';
  const url = report.url ? safeUrl(report.url) : null;
  const data: Record<string, unknown> = { title: oneLine(headlineOf(report)) };
  if (url) data.url = url;
  // Reports made before bylines were cleaned at extraction (a stored one) still export without "By".
  const byline = authorOf(report);
  if (byline) data.byline = byline;
  // Who paid for or partnered on the story, as the page says it beside its headline (lib/sponsor.ts).
  if (a.sponsor) data.sponsor = oneLine(a.sponsor);
  if (a.siteName) data.site = oneLine(a.siteName);
  if (a.publishedTime) data.published = isoTimestamp(a.publishedTime);
  if (a.updatedTime) data.updated = isoTimestamp(a.updatedTime);
  if (a.lang) data.lang = a.lang;
  // The dek (else the page's own summary) and the foot's credit lines as data too, as clippers and static-site
  // generators read them.
  const description = descriptionOf(a);
  if (description) data.description = description;
  if (a.credits?.length) data.credits = a.credits.map(oneLine);
  if (a.partial) { data.partial = true; data.partial_note = PARTIAL_NOTE; }
  if (a.continues && safeUrl(a.continues)) data.continues = safeUrl(a.continues);
  if (report.parties.length) data.parties = report.parties.slice(0, 12).map((p) => ({ name: p.name, type: p.type }));
  // The popup's five, in its order; a speaker the story only describes ("a Weibo commenter") is said so.
  const key = shownKeyQuotes(report.quotes, a.text).slice(0, 5);
  if (key.length) data.key_quotes = key.map((q) => {
    const label = speakerLabel(q);
    return { text: quoteForDisplay(q.text), speaker: q.speaker, ...(label?.described ? { speaker_described: label.name } : {}) };
  });
  if (report.removed.length) data.removed_blocks = report.removed.length;
  return `---\n${stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n`;
}

const need = (report: Report) => {
  if (!report.article) throw new Error('no article to export');
  return report.article;
};

export function toMarkdown(report: Report): string {
  const a = need(report);
  const body = htmlToMarkdown(a.html, report.url ? safeUrl(report.url) : null);
  const standfirst = a.standfirst ? `*${escapeMarkdownLine(a.standfirst)}*\n\n` : '';
  const sponsor = a.sponsor ? `*${escapeMarkdownLine(oneLine(a.sponsor))}*\n\n` : '';
  // An autolink: the address as the URL parser wrote it holds no space or angle bracket.
  const partial = partialLine(report, (url) => `<${url}>`, escapeMarkdownLine, (line) => `\n---\n\n*${line}*\n`);
  const continues = continuesLine(report, (url) => `<${url}>`, escapeMarkdownLine, (line) => `\n---\n\n*${line}*\n`);
  return `${frontMatter(report)}\n# ${escapeMarkdownLine(headlineOf(report))}\n\n${sponsor}${standfirst}${body}\n${continues}${partial}`;
}

/** A date in the words of the article's language ("27 April 2024", "28. April 2023"); a date the site wrote in
 * words stays as it is. */
function readableDate(when: string, lang: string | null): string {
  const iso = isoTimestamp(when);
  return formatDate(iso, lang ?? 'en') ?? iso;
}

/** The publication date and, when the story was updated a day or more later, that date: "10 May 2012, updated 24
 * April 2026". `mark` wraps each date (the HTML export's <time>). */
function readableDates(a: Article, mark: (text: string, iso: string) => string = (t) => t): string | null {
  if (!a.publishedTime) return null;
  const published = mark(oneLine(readableDate(a.publishedTime, a.lang)), isoTimestamp(a.publishedTime));
  return a.updatedTime ? `${published}, updated ${mark(oneLine(readableDate(a.updatedTime, a.lang)), isoTimestamp(a.updatedTime))}` : published;
}

export function toPlainText(report: Report): string {
  const a = need(report);
  const meta = [authorOf(report), a.siteName, readableDates(a), a.sponsor].filter(Boolean).map((s) => oneLine(s!)).join(' · ');
  // The captions too, as the Markdown and the reader keep them: a line a reader sees is in the saved text.
  const body = a.withCaptions ?? a.text;
  // A standfirst the page's body held is the printed body's first block already (lib/standfirst.ts; with captions,
  // a lead caption that is the standfirst too): once.
  const standfirst = a.standfirst && !body.startsWith(oneLine(a.standfirst)) ? `${oneLine(a.standfirst)}

` : '';
  const partial = partialLine(report, oneLine, (s) => s, (line) => `\n[${line}]\n`);
  const continues = continuesLine(report, oneLine, (s) => s, (line) => `\n[${line}]\n`);
  const text = `${oneLine(headlineOf(report))}\n${meta ? meta + '\n' : ''}${report.url ? oneLine(report.url) + '\n' : ''}\n${standfirst}${body}\n${continues}${partial}`;
  // A page's control characters (terminal escape sequences among them) are not text a reader wants.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone HTML page; `sanitize` cleans the article HTML (the shared policy), and a CSP forbids scripts regardless. */
export function toHtml(report: Report, sanitize: (html: string, baseUrl?: string | null) => string): string {
  const a = need(report);
  const url = report.url ? safeUrl(report.url) : null;
  const when = readableDates(a, (text, iso) => `<time datetime="${escHtml(iso)}">${escHtml(text)}</time>`);
  const meta = [...[authorOf(report), a.siteName].filter(Boolean).map((s) => escHtml(oneLine(s!))), when, a.sponsor && escHtml(oneLine(a.sponsor))].filter(Boolean).join(' · ');
  const lang = a.lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(a.lang) ? ` lang="${a.lang}"` : '';
  return `<!DOCTYPE html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escHtml(oneLine(headlineOf(report)))}</title>
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:18px/1.6 Georgia,serif;color:#222}img{max-width:100%;height:auto}pre{overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}.meta{color:#666;font:14px system-ui,sans-serif}.standfirst{font-weight:600}.partial{margin-top:2em;padding-top:.5em;border-top:1px solid #ccc;font:15px/1.5 system-ui,sans-serif}</style>
</head>
<body>
<article>
<h1>${escHtml(oneLine(headlineOf(report)))}</h1>
${a.standfirst ? `<p class="standfirst">${escHtml(oneLine(a.standfirst))}</p>\n` : ''}${meta ? `<p class="meta">${meta}</p>\n` : ''}${url ? `<p class="meta"><a href="${escHtml(url)}" rel="noopener noreferrer">${escHtml(url)}</a></p>\n` : ''}${sanitize(a.html, url)}
${continuesLine(report, (u) => `<a href="${escHtml(u)}" rel="noopener noreferrer">${escHtml(u)}</a>`, escHtml, (line) => `<p class="partial">${line}</p>\n`)}${partialLine(report, (u) => `<a href="${escHtml(u)}" rel="noopener noreferrer">${escHtml(u)}</a>`, escHtml, (line) => `<p class="partial">${line}</p>\n`)}</article>
</body>
</html>
`;
}

export function exportArticle(report: Report, format: ExportFormat, sanitize: (html: string, baseUrl?: string | null) => string): string {
  return format === 'md' ? toMarkdown(report) : format === 'text' ? toPlainText(report) : toHtml(report, sanitize);
}
