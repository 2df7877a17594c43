// What is left of an inset box amid the story once its onward link went (a guest column's "Notice:" box: a label, a
// disclaimer and a link to the site's other guest columns) is the site's furniture between two paragraphs of the
// argument: it leaves the reader view and the exports. A fact box with a paragraph of prose, a box that links
// nowhere and a box after the story's end stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const url = 'https://gazette.example/opinion/2026/01/05/harbour-wall-column';
const note = 'Guest columns give their authors\' views, which need not be those of the editors.';
const box = (inner: string, link = '<p><a href="https://gazette.example/opinion/guest-columns">More opinion stories</a></p>') =>
  `<div class="note"><div class="note__content"><h2>Notice:</h2><p>${inner}</p>${link}</div></div>`;

describe('the rest of an inset box whose onward link went', () => {
  it('goes, label and note, from amid the story', () => {
    const r = runHtml(page(`${prose(3)}${box(note)}${prose(3, 'quay')}`), { url });
    expect(r.removed.some((x) => x.text.includes('More opinion stories'))).toBe(true);
    expect(r.article!.text).not.toContain('need not be those of the editors');
    expect(r.article!.text).not.toContain('Notice:');
    expect(r.removed.filter((x) => x.rule === 'box:rest-of-link-box')).toHaveLength(2);
    expect(r.article!.text).toContain('Paragraph 3 about the harbour wall');
    expect(r.article!.text).toContain('Paragraph 1 about the quay');
  });

  it('stays when the box holds a paragraph of prose, links nowhere, or stands after the story', () => {
    const fact = runHtml(page(`${prose(3)}${box(`${note} The wall was first proposed in 1998, when the harbour board asked the council for a study of the quay, the moorings and the cost of repairs after the winter storms.`)}${prose(3, 'quay')}`), { url });
    expect(fact.article!.text).toContain('first proposed in 1998');
    const bare = runHtml(page(`${prose(3)}${box(note, '')}${prose(3, 'quay')}`), { url });
    expect(bare.article!.text).toContain('need not be those of the editors');
    const after = runHtml(page(`${prose(3)}${prose(3, 'quay')}${box(note)}`), { url });
    expect(after.removed.some((x) => x.rule === 'box:rest-of-link-box')).toBe(false);
  });
});
