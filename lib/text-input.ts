// Plain text in: an article copied with its clutter. First line the headline (unless it is the only line), paragraphs
// split on blank lines, lines inside a paragraph kept as line breaks. Turned into HTML so that the same clean stage runs on it.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface TextArticle { title: string; html: string }

/** Headline and body HTML (<p> per paragraph, <br> per line) of a plain-text article. */
export function textToHtml(text: string): TextArticle {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  let title = (lines[i] ?? '').trim();
  let paras = lines.slice(i + 1).join('\n').split(/\n[ \t\u00a0]*\n/);
  // A text of one line (a paragraph pasted alone) is its own body, not a headline over nothing.
  if (!paras.some((p) => p.trim())) [title, paras] = ['', [title]];
  const body = paras
    .map((p) => p.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean))
    .filter((ls) => ls.length)
    .map((ls) => `<p>${ls.map(esc).join('<br>')}</p>`)
    .join('\n');
  return { title, html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article>${body}</article></body></html>` };
}
