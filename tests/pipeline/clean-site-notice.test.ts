// The site's copyright notice after the story's last paragraph is its legal small print: it leaves the reader and
// the exports as a removal. The same sign in a caption (a photo agency's), a notice naming someone else, and a
// sentence of the story about copyright stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const head = '<meta property="og:site_name" content="The Harbour Gazette">';

describe("the site's copyright notice", () => {
  it('goes after the story', () => {
    const r = runHtml(page(`<div>${prose(4)}<p>Copyright © 2026 The Harbour Gazette, LLC.</p></div>`, { extraHead: head }));
    expect(r.article!.text).not.toContain('Copyright ©');
    expect(r.removed.find((x) => x.text.includes('Copyright ©'))?.reason).toBe('legal');
    expect(r.article!.text).toContain('Paragraph 4 about the harbour wall');
  });

  it('goes when its sign is the circled one after the notice\'s first word, in a language without a list', () => {
    const notice = '저작권자 ⓒ The Harbour Gazette, 무단전재 및 재배포금지';
    const r = runHtml(page(`<div>${prose(4)}<p>${notice}</p></div>`, { extraHead: head }));
    expect(r.article!.text).not.toContain('무단전재');
    expect(r.removed.find((x) => x.text.includes('무단전재'))?.reason).toBe('legal');
  });

  it("stays when it names someone else, or stands amid the story", () => {
    expect(runHtml(page(`<div>${prose(4)}<p>© 2026 Coastal Photo Agency Ltd.</p></div>`, { extraHead: head })).removed.some((x) => x.rule === 'shape:site-copyright')).toBe(false);
    const amid = runHtml(page(`<div>${prose(2)}<p>Copyright © 2026 The Harbour Gazette, LLC.</p>${prose(2, 'quay')}</div>`, { extraHead: head }));
    expect(amid.removed.some((x) => x.rule === 'shape:site-copyright')).toBe(false);
  });

  it('goes, when the page gives neither its address nor its name, as a notice naming a web domain', () => {
    // A saved page read alone: no og:site_name, no canonical link, no --url.
    const r = runHtml(page(`<div>${prose(4)}<p>Copyright © Harbourgazette.co.uk. All rights reserved</p></div>`));
    expect(r.article!.text).not.toContain('Harbourgazette.co.uk');
    expect(r.removed.find((x) => x.text.includes('Harbourgazette'))?.rule).toBe('shape:site-copyright');
    // A notice naming no address stays: it may be a quoted work's or an agency's.
    const agency = runHtml(page(`<div>${prose(4)}<p>© 2026 Coastal Photo Agency Ltd.</p></div>`));
    expect(agency.removed.some((x) => x.rule === 'shape:site-copyright')).toBe(false);
    // A page that names its site keeps the stricter test: another site's domain is not its own.
    const other = runHtml(page(`<div>${prose(4)}<p>Copyright © coastalphotos.example. All rights reserved</p></div>`, { extraHead: head }));
    expect(other.removed.some((x) => x.rule === 'shape:site-copyright')).toBe(false);
  });
});
