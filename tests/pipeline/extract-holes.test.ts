// A story set one paragraph a box, all boxes of one make: Readability drops a box whose sentence is mostly a link
// (real pages lost 8 and 3 sentences this way, mid-story). The sentence goes back where it stood; a teaser of the
// same make (no sentence) and a box already kept stay as they are.
import { describe, it, expect } from 'vitest';
import { runHtml, page } from './helpers';
import { findRows, fillHoles, noteRowBox, type RowGroups } from '../../lib/holes';
import { eachElement } from '../../lib/dom';
import { parse } from './helpers';

const box = (inner: string) => `<div class="text-block"><div class="wrap"><p class="para">${inner}</p></div></div>`;
const para = (i: number) => box(`Sentence ${i} of the story: the ministers met again on Tuesday, weighed the treaty's clauses one by one and agreed to publish their notes before the summit in June.`);
const linked = box('It also <a href="https://example.org/plans">co-ordinates military plans and carries out joint exercises across the member states</a>.');
const teaser = box('<a href="/other-story">Read more: another story about ministers and their summit plans in June</a>');
const story = (rows: string[]) => page(rows.join(''));
/** The rows of a page, as the walk before Readability notes them. */
const rowsOf = (html: string) => {
  const groups: RowGroups = new Map();
  eachElement(parse(html).documentElement, (el) => noteRowBox(groups, el));
  return findRows(groups);
};

describe('holes in a story set one paragraph a box', () => {
  const html = story([para(1), para(2), para(3), linked, para(4), teaser, para(5), para(6)]);

  it('puts back a sentence that is mostly a link, in its place', () => {
    const text = runHtml(html).article!.text;
    const at = (s: string) => text.indexOf(s);
    expect(at('It also co-ordinates military plans')).toBeGreaterThan(at('Sentence 3 of the story'));
    expect(at('It also co-ordinates military plans')).toBeLessThan(at('Sentence 4 of the story'));
    expect(text.split('It also co-ordinates').length).toBe(2);
  });

  it('does not put back a teaser, nor a box the article kept', () => {
    const rows = rowsOf(html);
    expect(rows.length).toBe(1);
    expect(rows[0]!.sentences.filter(Boolean).length).toBe(7); // six sentences and the linked one; not the teaser
    const article = parse(story([para(1), para(2), para(3), para(4), para(5), para(6)])).querySelector('.entry-content')!;
    expect(fillHoles(article, rows)).toBe(1);
    expect(article.textContent).toContain('It also co-ordinates');
    expect(article.textContent).not.toContain('Read more: another story');
  });

  it('puts nothing back before the first kept box or after the last', () => {
    const rows = rowsOf(story([linked, para(1), para(2), para(3), linked.replace('It also', 'And it')]));
    const article = parse(story([para(1), para(2), para(3)])).querySelector('.entry-content')!;
    expect(fillHoles(article, rows)).toBe(0);
  });

  it('puts a sentence back under the heading that stood right above it, not before the heading', () => {
    const heading = '<div class="subhead"><h2>What the treaty says about the members</h2></div>';
    const text = runHtml(story([para(1), para(2), para(3), heading, linked, para(4), para(5), para(6)])).article!.text;
    const at = (s: string) => text.indexOf(s);
    expect(at('What the treaty says')).toBeGreaterThan(at('Sentence 3 of the story'));
    expect(at('It also co-ordinates military plans')).toBeGreaterThan(at('What the treaty says'));
    expect(at('It also co-ordinates military plans')).toBeLessThan(at('Sentence 4 of the story'));
  });
});

