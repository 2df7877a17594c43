// A title that is the page's headline and then its section's and site's names set after a separator, spaced or not
// ("…_科技_腾讯网"), on a page that declares its site's name nowhere else: the reader showed those names in the title.
import { describe, it, expect } from 'vitest';
import { prose, runHtml } from './helpers';
import { titleAfterHeadline } from '../../lib/title';

const headline = 'Council approves the new harbour wall';
const pageWith = (title: string, h1 = headline) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"></head><body><main><article><h1>${h1}</h1><div class="entry-content">${prose(6)}</div></article></main></body></html>`;

describe('a title with names set after the headline', () => {
  it('shows the headline, and the last name as the site', () => {
    const r = runHtml(pageWith(`${headline}_Local_Harbour Herald`));
    expect(r.article!.title).toBe(headline);
    expect(r.article!.siteName).toBe('Harbour Herald');
  });

  it('reads the same in a script without spaces', () => {
    expect(titleAfterHeadline('人工智能迈上新台阶的消息今天发布_科技_某某网', '人工智能迈上新台阶的消息今天发布')).toEqual({ title: '人工智能迈上新台阶的消息今天发布', site: '某某网' });
  });

  it('reads the same with a space before each separator and none after it', () => {
    const r = runHtml(pageWith(`${headline} _Local _Harbour Herald`));
    expect(r.article!.title).toBe(headline);
    expect(r.article!.siteName).toBe('Harbour Herald');
    expect(titleAfterHeadline('宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _某某网', '宇航员在太空中喝酒会怎么样？后果很严重')).toEqual({ title: '宇航员在太空中喝酒会怎么样？后果很严重', site: '某某网' });
  });

  it('keeps a title that goes on in words after the headline', () => {
    expect(titleAfterHeadline(`${headline}: what the residents were told at the long meeting`, headline)).toBeNull();
    expect(titleAfterHeadline(`${headline} - and what the residents were told at the meeting on Monday`, headline)).toBeNull();
    // A headline too short to tell (a one-word <h1>) is no evidence.
    expect(titleAfterHeadline('Harbour - Local - Herald', 'Harbour')).toBeNull();
  });
});
