// A story signed by a news agency ("von APA", "Par AFP") names its author as much as a person's name does: the
// reader showed the site's name instead, as for a page that names no one.
import { describe, it, expect } from 'vitest';
import { cleanByline } from '../../lib/byline';
import { page, prose, runHtml } from './helpers';

const site = '<meta property="og:site_name" content="Harbour Herald"><meta name="author" content="Harbour Herald">';
const signed = (line: string) => runHtml(page(`${line}${prose(6)}`, { extraHead: site }).replace('lang="en"', 'lang="de"'));

describe('an agency as the byline', () => {
  it('is the byline when the page marks it as the author under the headline', () => {
    const line = '<div class="article-author"><p class="article-author__prefix">von</p> <div class="article-author__source">APA</div></div>';
    expect(signed(line).article!.byline).toBe('APA');
  });

  it('is the acronym after the introducing word in a line that goes on with sections and the date', () => {
    const line = '<p class="text-sm">By CNA, in <a href="/news">News</a>, <a href="/local">Local</a> &middot; <span>5 Jan 2026, 10:00</span></p>';
    expect(signed(line).article!.byline).toBe('CNA');
  });

  it('takes the introducing word off before an acronym, never off a family name', () => {
    expect(cleanByline('von APA', 'de')).toBe('APA');
    expect(cleanByline('von Trapp', 'de')).toBe('von Trapp');
    expect(cleanByline('von Anna Meier', 'de')).toBe('Anna Meier');
  });

  it('leaves the site as the byline when the marked line names no one', () => {
    expect(signed('<div class="article-author">von Redaktion</div>').article!.byline).toBe('Harbour Herald');
  });
});
