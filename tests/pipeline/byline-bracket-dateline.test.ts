// A Japanese story opens on its dateline in lenticular brackets, 【place＝reporter】: where the page's metadata names
// only the site as the author, the reporter the dateline names is the byline the reader shows.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const siteAsAuthor = '<meta property="og:site_name" content="Daily Example"><meta name="author" content="Daily Example">';
const opening = (lead: string) => `<p>${lead}港湾の防波堤の建設計画について、市議会は３日、長い議論の末に承認した。市長は記者会見で説明した。</p>`;

describe('the bracketed dateline at the story\'s start', () => {
  it('gives the reporter after the equals sign as the byline', () => {
    const a = runHtml(page(opening('【ソウル＝山田太郎】') + prose(5), { extraHead: siteAsAuthor })).article!;
    expect(a.byline).toBe('山田太郎');
  });
  it('gives every reporter of a dateline that names two', () => {
    const a = runHtml(page(opening('【ソウル＝山田太郎、北京＝佐藤花子】') + prose(5), { extraHead: siteAsAuthor })).article!;
    expect(a.byline).toBe('山田太郎, 佐藤花子');
  });
  it('gives no byline when the brackets hold a label, not a place and a name', () => {
    const a = runHtml(page(opening('【解説】') + prose(5), { extraHead: siteAsAuthor })).article!;
    expect(a.byline ?? '').not.toContain('解説');
  });
  it('does not override a person the metadata names', () => {
    const a = runHtml(page(opening('【ソウル＝山田太郎】') + prose(5), { extraHead: '<meta name="author" content="Jane Roe">' })).article!;
    expect(a.byline).toBe('Jane Roe');
  });
});

// Another paper signs off its last paragraph with 【エルサレム山田太郎、カイロ佐藤花子】: place and reporter glued,
// the script changing from katakana to kanji between them; its author link names the first reporter only.
describe('the bracketed sign-off at the story\'s end', () => {
  const closing = (sign: string) => `<p>市長は記者会見で、工事は来年の春に始まると説明した。${sign}</p>`;
  const authorLink = '<p><a class="author" href="/reporter/yamada/">山田太郎</a></p>';
  it('adds the other reporters where one of its names is the author the page names', () => {
    const a = runHtml(page(authorLink + opening('') + prose(5) + closing('【エルサレム山田太郎、カイロ佐藤花子】'), { extraHead: siteAsAuthor })).article!;
    expect(a.byline).toBe('山田太郎, 佐藤花子');
  });
  it('reads no name from a glued bracket that names no author of the page (a label may have that shape)', () => {
    const a = runHtml(page(opening('') + prose(5) + closing('【コラム特集】'), { extraHead: siteAsAuthor })).article!;
    expect(a.byline ?? '').not.toContain('特集');
  });
});

