// A box that sells the story inside it: a checkout form with a button, in a box whose class names say paywall. Its
// heading ("Read on now!"), its price line and its "Already a customer?" are no part of the story, in any language:
// found by structure (the form's button and the box's name), removed with a reason that can be undone. The story's
// own paragraphs in a box named a paywall (sites wrap the gated text so) stay.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

// Norwegian, a language without a paywall phrase list: the words cannot be what finds it.
const offer = '<div class="xy-paywall"><div class="xy-paywall__inner"><form action="/checkout" method="post">' +
  '<h2>Les videre nå!</h2><p>For 9 kr kan du kjøpe denne artikkelen.</p>' +
  '<button type="submit"><span>Kjøp for 9 kr</span></button><p>Allerede kunde?</p></form>' +
  '<div class="xy-paywall__login"><a href="/login">Logg inn</a></div></div></div>';

describe('a paywall box in the story', () => {
  it('removes its heading and lines with a paywall reason, and keeps the story around it', () => {
    const r = runHtml(page(offer + prose(6, 'ferry strike')));
    for (const line of ['Les videre nå!', 'For 9 kr', 'Allerede kunde?']) expect(r.article!.html).not.toContain(line);
    expect(r.removed.filter((x) => x.rule === 'form:paywall').map((x) => x.reason)).toEqual(['paywall', 'paywall', 'paywall']);
    expect(r.article!.text).toContain('Paragraph 1 about the ferry strike');
    expect(r.article!.text).toContain('Paragraph 6 about the ferry strike');
  });

  it('keeps story paragraphs that stand in a box named a paywall beside a form', () => {
    const gated = `<div class="paywall-content">${prose(4, 'ferry strike')}<form><button>Share</button></form></div>`;
    const r = runHtml(page(prose(2) + gated));
    for (let i = 1; i <= 4; i++) expect(r.article!.text).toContain(`Paragraph ${i} about the ferry strike`);
    expect(r.removed.filter((x) => x.rule === 'form:paywall').map((x) => x.text).join(' ')).not.toContain('Paragraph');
  });
});
