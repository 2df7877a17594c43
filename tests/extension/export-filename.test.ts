// @vitest-environment jsdom
// The name a downloaded export gets: the headline's words, whole letters in any script, a bounded length.
import { describe, expect, it } from 'vitest';
import { exportFilename } from '../../components/exporting';
import type { Report } from '../../lib/types';

const report = (title: string): Report => ({
  url: 'https://news.example/a', isArticle: true, articleScore: 0.9, reasons: [],
  article: { title, byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null, standfirst: null, html: '<p>x</p>', text: 'x' },
  removed: [], quotes: [], parties: [],
  timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
});

describe('export file name', () => {
  it('keeps accented and voiced letters whole', () => {
    expect(exportFilename(report('Los vecinos exigen cambios en las próximas ediciones'), 'markdown'))
      .toBe('los-vecinos-exigen-cambios-en-las-próximas-ediciones.md');
    expect(exportFilename(report('警察官が往復「３時間」'), 'text')).toBe('警察官が往復-３時間.txt');
  });

  it('is bounded, never ends with a hyphen, and has a name when the title has no letters', () => {
    const long = exportFilename(report('Ünïcödé '.repeat(40)), 'html');
    expect(Array.from(long.replace(/\.html$/, '')).length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/-\.html$/);
    expect(exportFilename(report('!!! ???'), 'markdown')).toBe('article.md');
  });
});
