// A data table in the article's text reads as a reader reads it: one row per line, its cells separated by " | "
// (the CLI's clean view and the text export print `text`); a layout table's long cells stay paragraphs of their own.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const row = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

describe('a table in the text', () => {
  it('gives a data table one line per row, cells separated by " | "', () => {
    const table = `<table><tbody>${row(['Pos.', 'Driver', 'Points'], 'th')}${row(['1', 'Ann Harbour', '5040'])}${row(['2', 'Ben Quay', '5035'])}</tbody></table>`;
    const text = runHtml(page(`${prose(3)}${table}${prose(2).replace(/Paragraph/g, 'Note')}`)).article!.text;
    expect(text).toContain('Pos. | Driver | Points\n1 | Ann Harbour | 5040\n2 | Ben Quay | 5035');
    expect(text).not.toMatch(/\n\nDriver\n\n/);
  });

  it('keeps the long cells of a layout table as paragraphs', () => {
    const long = (n: number) => `Cell ${n} tells how the harbour master inspected the new wall on the morning after the storm and found it whole.`;
    const table = `<table><tbody>${row([long(1), long(2)])}</tbody></table>`;
    const text = runHtml(page(`${prose(3)}${table}`)).article!.text;
    expect(text).toContain(`${long(1)}\n\n${long(2)}`);
  });
});
