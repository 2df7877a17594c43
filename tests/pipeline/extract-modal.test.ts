// A modal dialog (a consent manager's notice, a sign-up overlay) is never the story. Its policy text can outscore a
// short story in Readability: a real page's cookie notice came out as the article while the story was lost. ARIA and
// HTML mark such dialogs in every language; they are taken out of the working copy before Readability.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const story = [
  'The harbour authority reopened the north quay on Tuesday after three weeks of repairs to the sea wall.',
  'Engineers said the storm in March had washed out part of the foundations, and ferries had used the south quay since.',
  'The mayor thanked residents for their patience and said the works had come in under budget.',
].map((t) => `<p>${t}</p>`).join('');

const policy = Array.from({ length: 8 }, (_, i) =>
  `<p>Policy section ${i + 1}: we and our partners store and access information on your device, such as cookies and unique identifiers, and process personal data for measurement, personalised advertising and content, audience research and service development, as described in section ${i + 1} of our notice.</p>`).join('');

const pageWith = (dialogAttrs: string, tag = 'div') =>
  `<!DOCTYPE html><html lang="en"><head><title>North quay reopens</title></head><body>` +
  `<div class="story"><h1>North quay reopens</h1>${story}</div>` +
  `<${tag} ${dialogAttrs}><div class="policy">${policy}</div></${tag}></body></html>`;

describe('modal dialogs before extraction', () => {
  for (const [what, attrs, tag] of [['aria-modal', 'aria-modal="true"', 'div'], ['role=dialog', 'role="dialog"', 'div'], ['role=alertdialog', 'role="alertdialog"', 'div'], ['<dialog>', 'open', 'dialog']] as const)
    it(`extracts the story, not a long consent notice marked ${what}`, () => {
      const text = runHtml(pageWith(attrs, tag)).article!.text;
      expect(text).toContain('The harbour authority reopened the north quay');
      expect(text).toContain('come in under budget');
      expect(text).not.toContain('Policy section');
    });

  it('keeps a modal that holds the headline: a site that opens the story itself in one', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>North quay reopens</title></head><body><nav><a href="/">Home</a></nav>` +
      `<div aria-modal="true"><article><h1>North quay reopens</h1>${story}</article></div></body></html>`;
    expect(runHtml(html).article!.text).toContain('come in under budget');
  });
});

describe('hover cards in running text', () => {
  const card = '<span class="card"><span><img src="/p/ana.jpg" alt=""><a href="/people/ana-ruiz">Ana María Ruiz</a>' +
    '<a href="/news/1">Mayor pledges new ferry timetable for the islands</a> <a href="/news/2">Council votes on the harbour budget after a long debate</a>' +
    '<a href="/people/ana-ruiz">MORE</a></span></span>';
  const lead = `<p>Harbour mayor <span class="name"><a href="/people/ana-ruiz">Ana Ruiz</a>${card}</span> (Labour) reopened the north quay on Tuesday after three weeks of repairs to the sea wall.</p>`;
  const html = page(lead + prose(4));

  it("keeps the paragraph and its name, without the card's links", () => {
    const r = runHtml(html);
    expect(r.article!.text).toContain('Harbour mayor Ana Ruiz (Labour) reopened the north quay on Tuesday');
    expect(r.article!.text).not.toContain('Mayor pledges new ferry timetable');
    expect(r.removed.map((x) => x.text).join(' ')).not.toContain('reopened the north quay');
  });

  it('leaves a paragraph whose text is a span with pictures and links (emoji, inline icons) alone', () => {
    const own = '<p><span><img src="/e/1.png" alt=""> Read the <a href="/report">council report</a> and the <a href="/minutes">minutes of the meeting</a> before the vote on the harbour wall, which the mayor called the largest works in a generation.</span></p>';
    expect(runHtml(page(own + prose(4))).article!.text).toContain('which the mayor called the largest works in a generation');
  });
});
