// A page that names no author signs its story at the foot: the writer's name and role, then an e-mail address
// ("김하늘 칼럼니스트 sky@…", "Reporter Jane Roe jane@…"). The address makes it a signature; the language's press
// words tell the role from the name.
import { describe, expect, it } from 'vitest';
import { prose, runHtml } from './helpers';

const page = (lang: string, sign: string, body = prose(5)) => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Harbour wall talks</title></head><body><div class="news">${body}<p>${sign}</p><p>[Photo: Harbour Weekly]</p></div></body></html>`;

describe('a signature at the story\'s foot', () => {
  it('gives the byline, the role word taken off, before or after the name', () => {
    expect(runHtml(page('ko', '김하늘 칼럼니스트 <a href="mailto:sky@example.kr">sky@example.kr</a>')).article!.byline).toBe('김하늘');
    expect(runHtml(page('ko', '기자 김하늘 sky@example.kr')).article!.byline).toBe('김하늘');
    expect(runHtml(page('en', 'Columnist Jane Roe jane@example.com')).article!.byline).toBe('Jane Roe');
  });
  it('is none without an address, or without a role word to tell the name', () => {
    expect(runHtml(page('ko', '김하늘 칼럼니스트')).article!.byline).toBeNull();
    expect(runHtml(page('en', 'Write to us at desk@example.com')).article!.byline).toBeNull();
    expect(runHtml(page('en', 'Jane Roe jane@example.com')).article!.byline).toBeNull();
  });
});
