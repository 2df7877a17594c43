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
