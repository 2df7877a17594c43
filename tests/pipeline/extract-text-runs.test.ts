// Sentences Readability would cut: comments between a <div>'s words and icons inside its links end its runs of
// text, so each name became a paragraph of its own (a React page) and a link left its sentence (an icon link).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract';

const filler = '<p>' + 'Officials gave a long account of the plans on Monday, and the debate went on for hours in the hall. '.repeat(4) + '</p>';
function paragraphs(story: string): string[] {
  const html = `<!doctype html><html lang="en"><head><title>A story</title></head><body><article><h1>A story</h1>${filler}${story}${filler}</article></body></html>`;
  const x = extractArticle(parseHTML(html).document as unknown as Document)!;
  return Array.from(x.body.querySelectorAll('p')).map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
}

describe('text runs kept whole', () => {
  it('reads a sentence with comments between its words as one paragraph', () => {
    const ps = paragraphs('<div class="story">The army chief <!-- -->General Asim Munir<!-- --> warned that a campaign named \'<!-- -->Azm-e-Istehkam<!-- -->\' would go on through the summer months.</div>');
    expect(ps).toContain("The army chief General Asim Munir warned that a campaign named 'Azm-e-Istehkam' would go on through the summer months.");
    expect(ps).not.toContain('General Asim Munir');
  });

  it('keeps a link with an icon inside its sentence, without the hint for screen readers', () => {
    const ps = paragraphs('<div data-testid="paragraph-1">The <a href="https://example.org/r">report<svg viewBox="0 0 8 8"><path d="M0 0h8v8"/></svg><span style="position:absolute;clip:rect(0 0 0 0)">, opens new tab</span></a> by the institute found that the shell was fired from a tank, the findings shared on Monday.</div>');
    expect(ps).toContain('The report by the institute found that the shell was fired from a tank, the findings shared on Monday.');
  });

  it('leaves links and pictures outside such runs as they are', () => {
    const html = `<!doctype html><html><head><title>A story</title></head><body><article><h1>A story</h1>${filler}<p>See the <a href="https://example.org/c"><svg viewBox="0 0 8 8"><title>chart</title></svg> chart</a> of the vote, drawn by the office.</p><div><svg viewBox="0 0 9 9"><title>A map</title></svg></div>${filler}</article></body></html>`;
    const x = extractArticle(parseHTML(html).document as unknown as Document)!;
    expect(x.body.querySelector('p a svg')).not.toBeNull();
  });
});

describe("a link's hint for screen readers", () => {
  const icon = '<svg width="24" height="24"><path d="M7 7h10v10"></path></svg>';
  const link = (words: string, hint: string) => `<a href="https://other.example/${words.length}">${words}${icon}<span class="x-vh">${hint}</span></a>`;

  it('leaves the links when several end with the same hint after an icon', () => {
    const ps = paragraphs(`<p>The council cited ${link('its own report', '(opens a new window)')} and ${link('the engineers', '(opens a new window)')} in the debate.</p>`);
    expect(ps).toContain('The council cited its own report and the engineers in the debate.');
  });

  it('stays when only one link has it, or the words differ (they are the sentence)', () => {
    const one = paragraphs(`<p>The council cited ${link('its own report', '(opens a new window)')} in the debate.</p>`);
    expect(one.join(' ')).toContain('(opens a new window)');
    const two = paragraphs(`<p>The council cited ${link('its own report', 'of May')} and ${link('the engineers', 'of the port')} in the debate.</p>`);
    expect(two.join(' ')).toContain('of May');
    expect(two.join(' ')).toContain('of the port');
  });
});
