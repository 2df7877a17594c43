// A quote box set as a heading (a sentence of someone's ending on its closing mark, the speaker's name and role under
// it in a box of its own) is shown as the quotation it is, not as a section's heading; a subhead that quotes someone
// among the story's paragraphs stays a heading.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';
import { toMarkdown } from '../../lib/export';

const box = (h: string, lines: string[]) => `<div class="highlight"><h3>${h}</h3><div><div>${lines.map((l) => `<p>${l}</p>`).join('')}</div></div></div>`;

describe('a quote box set as a heading', () => {
  it('becomes a quotation with its speaker under it; nothing of it is lost', () => {
    const r = runHtml(page(prose(3) + box('“We will rebuild every house on the coast”', ['Mara Lind', 'Mayor of Harbourtown']) + prose(3)));
    const html = r.article!.html;
    expect(html).not.toMatch(/<h3>[^<]*rebuild every house/);
    expect(html).toMatch(/<blockquote>[\s\S]*rebuild every house[\s\S]*Mara Lind[\s\S]*Mayor of Harbourtown[\s\S]*<\/blockquote>/);
    expect(toMarkdown(r)).toMatch(/^> .*rebuild every house/m);
  });

  it('leaves a subhead that quotes someone, and a heading whose box holds the story', () => {
    const sub = '<h3>“We will rebuild”, says the mayor</h3>';
    const section = box('“Rebuild”', ['The mayor spoke for an hour in the town hall on Monday and promised that every house would be rebuilt.']);
    const html = runHtml(page(prose(3) + sub + prose(2) + section + prose(2))).article!.html;
    expect(html).toContain('<h3>“We will rebuild”, says the mayor</h3>');
    expect(html).toContain('<h3>“Rebuild”</h3>');
  });

  it("leaves a teaser's kicker in quotation marks over its headline", () => {
    const teaser = box('‘SAFE AT LAST’', ['Mayor ‘kept the harbour plans in a drawer for years’']);
    const html = runHtml(page(prose(3) + teaser + prose(3))).article!.html;
    expect(html).not.toMatch(/<blockquote>[\s\S]*SAFE AT LAST/);
  });
});

describe('a quotation set as a figure, its source in the caption', () => {
  const quote = '<figure><blockquote><p>Every house on the coast will be rebuilt before the winter storms come back to the town.</p></blockquote><figcaption><p>Mara Lind, Mayor of Harbourtown</p></figcaption></figure>';

  it('is in the story\'s text and the Markdown as a quotation, with its source', () => {
    const r = runHtml(page(prose(3) + quote + prose(3)));
    expect(r.article!.text).toContain('Every house on the coast will be rebuilt');
    expect(r.article!.text).toContain('Mara Lind, Mayor of Harbourtown');
    expect(r.article!.html).toMatch(/<blockquote>[\s\S]*Every house[\s\S]*Mara Lind[\s\S]*<\/blockquote>/);
    expect(toMarkdown(r)).toMatch(/^> Every house on the coast/m);
  });

  it('stays a figure when it holds a picture (a photo with a quotation in its caption)', () => {
    const photo = quote.replace('<figure>', '<figure><img src="https://example.org/mayor.jpg" alt="The mayor" width="800" height="600">');
    expect(runHtml(page(prose(3) + photo + prose(3))).article!.html).toContain('<figure');
  });
});
