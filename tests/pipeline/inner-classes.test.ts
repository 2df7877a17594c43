// Readability folds a box holding a single box into it and writes the outer box's class names over the inner one's:
// an appeal box's own name ("support-box") under a layout grid's "row" was lost, and the appeal, written without
// any donation word, stayed at the foot of the story.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const APPEAL = [
  'We are glad to bring readers near and far honest local reporting without charge, both on the web and on paper every week.',
  'We know that not every reader is able to pay, but if you can, we ask you to back the Harbour Gazette with a small gift today.',
];
const box = (cls: string) => `<div class="row layout-grid"><div class="${cls}"><h2>Back the Harbour Gazette</h2>${APPEAL.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
const run = (cls: string) => runHtml(page(prose(6) + box(cls), { extraHead: '<meta property="og:site_name" content="Harbour Gazette">' }), { url: 'https://gazette.example/news/wall' });

describe('a box folded into its wrapper by Readability', () => {
  it('keeps its own class names beside the wrapper\'s: the removal says why', () => {
    const gone = run('p-4 support-box').removed.filter((x) => x.text.startsWith('We know that not every reader'));
    expect(gone.map((x) => x.reason)).toEqual(['donation']);
  });

  it('so that an appeal box is cleaned away by its name, and the story stays whole', () => {
    const r = run('p-4 support-box');
    for (const p of APPEAL) expect(r.article!.text).not.toContain(p.slice(0, 40));
    expect(r.article!.text).toContain('Paragraph 6 about the harbour wall');
    // The same box named for nothing keeps its words: the name was the evidence.
    const plain = run('p-4 panel');
    expect(plain.article!.text).toContain(APPEAL[0]!.slice(0, 40));
  });
});
