// The site's tip line, set apart in a quote box amid the story ("Know something about the harbour? Email the writer
// at …@site"), is the site asking for tips: it leaves the reader and the exports. A letter the story quotes, from an
// address elsewhere, and the same words in a paragraph of the story stay.
import { describe, expect, it } from 'vitest';
import { runHtml, page, prose } from './helpers';

const url = 'https://gazette.example/story/harbour-wall-approved';
const head = '<meta property="og:site_name" content="Gazette">';
const tip = (address: string) => `Is there something you think we should know about the harbour? Email the writer at <a href="mailto:${address}?subject=Tips">${address}</a>. Gazette protects the confidentiality of its sources.`;

describe("the site's tip line", () => {
  it('goes from its quote box amid the story', () => {
    const r = runHtml(page(`<div>${prose(2)}<blockquote><p>${tip('jane_doe@gazette.example')}</p></blockquote>${prose(2, 'quay')}</div>`, { extraHead: head }), { url });
    expect(r.article!.text).not.toContain('something you think we should know');
    expect(r.removed.find((x) => x.text.includes('something you think'))?.rule).toBe('mail:site-tips');
    expect(r.article!.text).toContain('Paragraph 2 about the quay');
  });

  it('stays as a letter from another address, and as a paragraph of the story', () => {
    const letter = runHtml(page(`<div>${prose(2)}<blockquote><p>${tip('reader@elsewhere.example')}</p></blockquote>${prose(2, 'quay')}</div>`, { extraHead: head }), { url });
    expect(letter.removed.some((x) => x.rule === 'mail:site-tips')).toBe(false);
    const para = runHtml(page(`<div>${prose(2)}<p>${tip('jane_doe@gazette.example')}</p>${prose(2, 'quay')}</div>`, { extraHead: head }), { url });
    expect(para.removed.some((x) => x.rule === 'mail:site-tips')).toBe(false);
  });
});

describe("the reporter's messenger contact as a tip line", () => {
  const call = (href: string, quote = '') => `<blockquote><p>${quote}Do you work at the harbour board and know more about the wall? Write to our reporter in confidence on Signal: <a href="${href}">harbour.42</a></p></blockquote>`;

  it('goes from its quote box amid the story, in any words', () => {
    const r = runHtml(page(`<div>${prose(2)}${call('https://signal.me/#eu/AbCdEf123')}${prose(2, 'quay')}</div>`), { url });
    expect(r.article!.text).not.toContain('know more about the wall');
    expect(r.removed.find((x) => x.text.includes('know more about the wall'))?.rule).toBe('link:messenger-tips');
    expect(r.article!.text).toContain('Paragraph 2 about the quay');
  });

  it('stays when the box quotes someone, when the link shares the page, and as a paragraph of the story', () => {
    const quoted = runHtml(page(`<div>${prose(2)}${call('https://signal.me/#eu/AbCdEf123', '“We will fight this,” the union said. ')}${prose(2, 'quay')}</div>`), { url });
    expect(quoted.removed.some((x) => x.rule === 'link:messenger-tips')).toBe(false);
    const share = runHtml(page(`<div>${prose(2)}${call('https://wa.me/?text=harbour')}${prose(2, 'quay')}</div>`), { url });
    expect(share.removed.some((x) => x.rule === 'link:messenger-tips')).toBe(false);
    const para = runHtml(page(`<div>${prose(2)}${call('https://signal.me/#eu/AbCdEf123').replace(/<\/?blockquote>/g, '')}${prose(2, 'quay')}</div>`), { url });
    expect(para.removed.some((x) => x.rule === 'link:messenger-tips')).toBe(false);
  });
});
