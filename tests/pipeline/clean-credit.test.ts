// A credit line at the foot of a story ("With files from The Associated Press", "Quelle: dpa") is the making of the
// story, not the story: it leaves the text and stays in the article's HTML as small print. The same words inside
// the story are the writer's.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runHtml, page, prose } from './helpers';
import { analyzeArticle, type AnalyzeInput } from '../../lib/analysis';
import { parseModel } from '../../lib/analysis/ner';

describe('credit lines at the foot', () => {
  it('leave the text and stay in the HTML, in several languages', () => {
    for (const credit of ['With files from The Associated Press and Jane Roe', '— Associated Press writer John Doe in Paris contributed to this report.',
      'Reporting by Jane Roe; Editing by John Doe', 'Quelle: ntv.de, dpa', 'Mit Informationen der Nachrichtenagenturen AFP und Reuters.',
      'With reports from Harbour Gazette and Coast Radio']) {
      const r = runHtml(page(prose(8) + `<p>${credit}</p>`));
      expect(r.article!.text).not.toContain(credit.slice(0, 20));
      expect(r.article!.html).toContain(credit.slice(0, 20));
      expect(r.article!.text).toContain('Paragraph 8 about the harbour wall');
    }
  });

  it("leave the text at the head too, when the line opens with the credit (a live blog's sources above its first entry)", () => {
    const credit = 'Mit Informationen der ARD-Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa und Reuters. Zum Teil lassen sich die Angaben nicht unabhängig prüfen.';
    const r = runHtml(page(`<p>${credit}</p>` + prose(8)));
    expect(r.article!.text).not.toContain(credit.slice(0, 30));
    expect(r.article!.html).toContain(credit.slice(0, 30));
    // At the head, a sentence of the story that names its sources further in stays.
    const line = 'The council said on Monday, with files from the harbour office, that the wall would be finished by March next year.';
    const s = runHtml(page(`<p>${line}</p>` + prose(8)));
    expect(s.article!.text).toContain(line);
  });

  it('stay in the text inside the story', () => {
    const line = 'According to reporting by the harbour gazette, the engineers will deliver their final report on the wall in March.';
    const r = runHtml(page(prose(4) + `<p>${line}</p>` + prose(6).replace(/Paragraph (\d)/g, 'Section $1')));
    expect(r.article!.text).toContain(line);
  });
});

describe('credit lines and the analysis', () => {
  // The reporter is named in the story only as the one told things: the credit line says she is the press.
  const story = prose(6) + '<p>“We will not move,” the fisherman Tom Hale told Jane Roe at the harbour gate on Monday evening.</p>' +
    '<p>Hale told Roe that forty boats would stay in the basin until the council paid for the new wall.</p>' + prose(2, 'sea lock');
  const credit = 'With files from The Associated Press and Jane Roe';
  const ner = parseModel(new Uint8Array(fs.readFileSync(path.join(__dirname, '../../lib/analysis/ner/models/en.bin'))));
  const analysed = (html: string) => {
    let input: AnalyzeInput | null = null;
    const r = runHtml(html, { analyze: (i) => analyzeArticle((input = i), { ner }) });
    return { r, input: input! as AnalyzeInput };
  };

  it('are read by the analysis after the text, so the press they name is no party of the story', () => {
    const { r, input } = analysed(page(story + `<p>${credit}</p>`));
    expect(r.article!.text).not.toContain(credit);
    expect(r.article!.credits).toEqual([credit]);
    expect(input.text.endsWith(`\n\n${credit}`)).toBe(true);
    expect(input.text.startsWith(r.article!.text)).toBe(true);
    const names = r.parties.map((p) => p.name);
    expect(names).toContain('Tom Hale');
    expect(names).not.toContain('Jane Roe');
  });

  it('a story without one is analysed as its text alone (and the reporter, told things, is not known as press)', () => {
    const { r, input } = analysed(page(story));
    expect(r.article!.credits).toBeUndefined();
    expect(input.text).toBe(r.article!.text);
    expect(r.parties.map((p) => p.name)).toContain('Jane Roe');
  });
});
