// The publisher's note after the story ("At <Group>, real reporters write every story"), the group named by the
// page's own copyright notice outside the story, in a box of its own: the owner speaking for itself, it leaves the
// reader. A paragraph of the story about the group and a page without such a notice keep theirs.
import { describe, expect, it } from 'vitest';
import { noticeHolder } from '../../lib/clean/owner-note';
import { page, prose, runHtml } from './helpers';

const url = 'https://gazette.example/story/harbour-wall-approved';
const head = '<meta property="og:site_name" content="Gazette">';
const footer = '<footer><p>Copyright © 2026 Harbourline & Partners Printing Ltd. All rights reserved.</p></footer>';
const note = (who: string) => `<div class="note"><p>At ${who}, real reporters write every story, no machine. Happy reading!</p></div>`;
const run = (body: string, outside = footer) => runHtml(page(`<div>${prose(4)}</div>${body}`, { extraHead: head, outside }), { url });

describe("the site owner's note after the story", () => {
  it('goes when the page\'s copyright notice names its owner', () => {
    const r = run(note('Harbourline'));
    expect(r.article!.text).not.toContain('real reporters write');
    expect(r.removed.find((x) => x.text.includes('real reporters write'))?.rule).toBe('site:owner-note');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('stays as a paragraph of the story, and without such a notice', () => {
    const para = runHtml(page(`<div>${prose(4)}<p>At Harbourline, the printing group, staff said the works would not stop the presses.</p></div>`, { extraHead: head, outside: footer }), { url });
    expect(para.article!.text).toContain('the printing group');
    expect(run(note('Harbourline'), '').article!.text).toContain('real reporters write');
  });

  it("reads the holder's first name off a notice", () => {
    expect(noticeHolder('Copyright © 2026 Harbourline & Partners Printing Ltd.')).toBe('harbourline');
    expect(noticeHolder('© 2019-2026 Nordvik Media AS')).toBe('nordvik');
    expect(noticeHolder('The harbour wall cost © nothing')).toBe(null);
  });
});
