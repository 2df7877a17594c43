// The author's line at the story's foot, in plain text ("Nora Lindqvist is a shipping reporter for the Harbour
// Gazette."), is about who wrote the story: it leaves the reader view and the exports as an author-bio removal. It
// needs both the byline's name in its first words and the site's own name, and to be the story's last block; the
// story's own sentences that name the author, or the site, stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const head = '<meta name="author" content="Nora Lindqvist"><meta property="og:site_name" content="Harbour Gazette">';
const line = 'Nora Lindqvist is a shipping reporter for the Harbour Gazette.';

describe("the author's line at the story's foot", () => {
  it('goes when it names the author and the site, last in the story', () => {
    const r = runHtml(page(`${prose(4)}<p>${line}</p>`, { extraHead: head }));
    expect(r.removed.filter((x) => x.reason === 'author-bio').map((x) => x.rule)).toEqual(['site:author-line']);
    expect(r.article!.text).not.toContain('shipping reporter');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays amid the story, without the site, or without the author', () => {
    const amid = runHtml(page(`${prose(2)}<p>${line}</p>${prose(2, 'quay')}`, { extraHead: head }));
    expect(amid.article!.text).toContain(line);
    const noSite = 'Nora Lindqvist reported from Fjellvik for three weeks before the vote.';
    expect(runHtml(page(`${prose(4)}<p>${noSite}</p>`, { extraHead: head })).article!.text).toContain(noSite);
    const noAuthor = 'The mayor told the Harbour Gazette that the wall would be finished by spring.';
    expect(runHtml(page(`${prose(4)}<p>${noAuthor}</p>`, { extraHead: head })).article!.text).toContain(noAuthor);
  });
});

describe("the author box's heading: the author's name alone over their note", () => {
  // Set as a heading, or as small print in one (which the decisions keep as a byline line).
  for (const name of ['Nora Lindqvist', '<small>Nora Lindqvist</small>'])
    it(`goes with the note: ${name}`, () => {
      const r = runHtml(page(`${prose(4)}<div class="post-components"><h2>${name}</h2><p>${line}</p></div>`, { extraHead: head }));
      expect(r.article!.text).not.toContain('shipping reporter');
      expect(r.article!.html).not.toContain('Nora Lindqvist');
      expect(r.removed.find((x) => x.text === 'Nora Lindqvist')?.reason).toBe('author-bio');
    });

  it('stays as a heading amid the story, away from any note', () => {
    const r = runHtml(page(`${prose(2)}<h2>Nora Lindqvist</h2>${prose(2, 'quay')}`, { extraHead: head }));
    expect(r.article!.text).toContain('Nora Lindqvist');
  });
});
