// A page whose metadata gives no date prints it as a line of its own beside the headline, a label then the date in
// brackets ("Posted :[ 2018-08-25 15:24 ]"): the headline is found by the page's title, whatever element sets it.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { headlineDate } from '../../lib/headline-date';

const title = 'Harbour wall talks end without a deal';
const page = (after: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>${title} - Harbour Weekly</title></head><body><div class="top"><a href="/"><h1>Harbour Weekly</h1></a></div>
<div class="news"><div class="box"><dl class="newsTitle"><dt>${title}</dt></dl>
${after}</div>
<div class="box"><div class="newsArticle">${prose(5)}</div></div></div></body></html>`;
const titles = [`${title} - Harbour Weekly`];
const read = (after: string, t = titles) => headlineDate(parse(page(after)).body, t, null);

describe('the date line beside the printed headline', () => {
  it('is the short line after the element whose text is the title, with its time', () => {
    expect(read('Posted :[ 2018-08-25 15:24 ]')).toBe('2018-08-25T15:24:00');
    expect(read('<script>var x = 1;</script><span>Posted</span> <b>2018-08-25</b>')).toBe('2018-08-25');
  });
  it('is no sentence, nothing after the story\'s first text, and nothing without the printed headline', () => {
    expect(read('<p>The talks, held on 2018-08-25 in the old town hall, ended late without a deal.</p>')).toBeNull();
    expect(read('<p>The talks ended late in the evening without a deal, as the union had warned.</p> Posted :[ 2018-08-25 15:24 ]')).toBeNull();
    expect(read('Posted :[ 2018-08-25 15:24 ]', ['Another headline altogether'])).toBeNull();
  });
  it('is the line right before the headline where nothing after it dates the page, its parts in spans', () => {
    const before = (line: string) => `<!DOCTYPE html><html><head><title>${title} @ Harbour Blog</title></head><body>
<ul class="head"><li>${line}</li><li><h2><a href="/p/1">${title}</a></h2></li></ul><div>${prose(5)}</div></body></html>`;
    const readBefore = (line: string) => headlineDate(parse(before(line)).body, [`${title} @ Harbour Blog`], 'zh-TW');
    expect(readBefore('<span>Dec </span><span>28 </span><span>Sat </span><span>2013 </span><span>00:28</span>')).toBe('2013-12-28T00:28:00');
    // A teaser or a menu before the headline is no date line, though it holds a date.
    expect(readBefore('<a href="/p/0">Older: the harbour wall talks began on Dec 28 2013 with a long list of demands</a>')).toBeNull();
    expect(readBefore('<a href="/">Home</a> <a href="/about">About</a>')).toBeNull();
  });
});
