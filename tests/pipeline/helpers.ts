// Test helpers: parse HTML with linkedom (the CLI's DOM) and run the pipeline as the CLI does.
import { parseHTML } from 'linkedom';
import fs from 'node:fs';
import path from 'node:path';
import { runPipeline, type PipelineOptions } from '../../lib/pipeline';
import { textToHtml } from '../../lib/text-input';

export const parse = (html: string) => parseHTML(html).document as unknown as Document;
export const sample = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'samples', name), 'utf8');
export const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

export function runHtml(html: string, opts: PipelineOptions = {}) {
  return runPipeline(parse(html), { inPlace: true, force: true, ...opts });
}
export function runText(text: string, opts: PipelineOptions = {}) {
  return runPipeline(parse(textToHtml(text).html), { inPlace: true, input: 'text', ...opts });
}

/** A minimal article page around the given body HTML. */
export function page(body: string, { title = 'Council approves new harbour wall after long debate', extraHead = '', outside = '' } = {}) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-05T10:00:00Z">${extraHead}</head>
<body><main><article><h1>${title}</h1><div class="entry-content">${body}</div></article>${outside}</main></body></html>`;
}

/** Paragraphs of plausible news prose, each distinct, so that Readability has an article to find. */
export function prose(n: number, topic = 'harbour wall'): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++)
    out.push(`<p>Paragraph ${i} about the ${topic}: the council met on day ${i} of the session, heard ${i * 3} residents and examined the engineers' report number ${i}, which set out costs, risks and a timetable for the works in considerable detail.</p>`);
  return out.join('\n');
}

/** A page whose story is three paragraphs (or `before`), then `figure`, then three more: a figure amid the story. */
export const runFigure = (figure: string, before = prose(3)) => runHtml(page(`${before}${figure}${prose(3).replace(/Paragraph (\d)/g, 'Part $1')}`));
