// Readability takes the first element named for the author as the byline. Where the story's own byline sits in a
// header Readability drops, the first it met was the author line of a card of another story under the story's foot
// ("More on this": an <article> box with its picture, its author and its linked headline): the wrong person.
import { describe, expect, it } from 'vitest';
import { parse, prose } from './helpers';
import { runPipeline } from '../../lib/pipeline';

const headline = 'Council approves the new harbour wall after a long debate';
const header = `<header class="storyHeader"><h1>${headline}</h1><ul class="metaAuthors"><li><a href="https://example.org/author/jane-roe/">Jane Roe</a></li></ul></header>`;
const card = (author: string) => `<section><h2>More on this</h2><article class="articleBox"><figure><img src="https://example.org/p.jpg" alt=""></figure>
<ul class="articleBox__authorList"><li class="articleBox__authorListItem">${author}</li></ul>
<h3 class="articleBox__headline"><a href="https://example.org/other-story/">The ferry timetable changes again in spring</a></h3></article></section>`;
const pageWith = (story: string, after: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:type" content="article"></head><body><main>${header}<article class="story">${story}</article>${after}</main></body></html>`;
const bylineOf = (html: string) => runPipeline(parse(html), { inPlace: true, force: true }).article!.byline;

describe('an author line in a card of another story', () => {
  it('is not the story\'s byline: the story\'s own is', () => {
    expect(bylineOf(pageWith(`<div class="content">${prose(6)}</div>`, card('John Other')))).toBe('Jane Roe');
  });

  it('leaves a byline inside the story itself, whose headings link elsewhere', () => {
    const story = `<p class="byline">Mark Quayside</p><div class="content">${prose(3)}<h3><a href="https://example.org/background/">The background</a></h3>${prose(3, 'quay')}</div>`;
    expect(bylineOf(pageWith(story, ''))).toBe('Mark Quayside');
  });
});
