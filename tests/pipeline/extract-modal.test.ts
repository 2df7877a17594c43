// A modal dialog (a consent manager's notice, a sign-up overlay) is never the story. Its policy text can outscore a
// short story in Readability: a real page's cookie notice came out as the article while the story was lost. ARIA and
// HTML mark such dialogs in every language; they are taken out of the working copy before Readability.
import { describe, it, expect } from 'vitest';
import { runHtml } from './helpers';

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
