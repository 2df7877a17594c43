import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

// The site's footer after the story's last paragraph: its address and phone, its copyright notice (review 23: The
// Hill's "The contents of this site are ©2019 Capitol Hill Publishing Corp., …", kept in the reader and the export,
// then listed as a party of the story).
const ADDRESS = 'The Gazette 12 Quay Street, Suite 4 Harbourtown 20006 | 202-555-0100 tel | 202-555-0101 fax';
const NOTICE = 'The contents of this site are ©2024 Harbour Gazette Media Ltd., a subsidiary of Coast News Group, Inc.';
const footer = `<div class="region region-copyright"><div class="block block-copyright"><p>${ADDRESS}</p><p>${NOTICE}</p></div></div>`;

describe("the site's footer after the story", () => {
  it('goes whole: the copyright notice that holds its sign before the year, and the address beside it', () => {
    const r = runHtml(page(`${prose(6)}${footer}`));
    expect(r.article!.text).not.toContain('The contents of this site');
    expect(r.article!.html).not.toContain('Quay Street');
    expect(r.removed.find((x) => x.text.startsWith('The contents of this site'))?.reason).toBe('legal');
    expect(r.article!.text).toContain('Paragraph 6 about the harbour wall');
  });
});
