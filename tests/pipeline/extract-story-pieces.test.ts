// Pieces of a story that are not plain paragraphs, which Readability used to drop before the clean stage saw them
// (so "left out of the article" never listed them).
import { describe, it, expect } from 'vitest';
import { toMarkdown } from '../../lib/export';
import { runHtml, page, prose } from './helpers';

describe('a post embedded in the story (a network\'s embed code)', () => {
  const tweet = (words: string, who: string) => `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words} <a href="https://t.co/AbC123">https://t.co/AbC123</a></p>— ${who} (@${who.replace(/\W/g, '')}) <a href="https://twitter.com/${who.replace(/\W/g, '')}/status/1196501054197649413">November 18, 2019</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>`;
  // A box Readability takes for page furniture ("social") and one it drops as a box of links.
  const social = (post: string) => `<div class="social-media-embed">${post}</div>`;
  const oembed = (post: string) => `<div class="oembed"><div class="inline-element">${post}</div></div>`;
  const html = (box: string) => page(`${prose(3)}<p>Many people answered the mayor online within the hour.</p>${box}${prose(3)}`);

  it.each([['a "social" box', social], ['an embed box', oembed]])('stays in the reader, in its place, with its author line and link, in %s', (_n, wrap) => {
    const r = runHtml(html(wrap(tweet('The new harbour wall is already leaking at the north end', 'Jana Roth'))));
    const text = r.article!.text;
    expect(text).toContain('The new harbour wall is already leaking at the north end');
    expect(text).toContain('— Jana Roth (@JanaRoth)');
    expect(text.indexOf('within the hour')).toBeLessThan(text.indexOf('already leaking'));
    expect(text.indexOf('already leaking')).toBeLessThan(text.indexOf('Paragraph 1 about the harbour wall', text.indexOf('already leaking')));
    expect(r.article!.html).toContain('https://twitter.com/JanaRoth/status/1196501054197649413');
    expect(r.article!.html).toMatch(/<blockquote/);
    expect(r.article!.html).not.toMatch(/<script|widgets\.js/);
  });

  it('keeps the words of a post with blank lines in it (Readability cut them into a box of links and dropped it)', () => {
    const post = tweet('on. the. wall.<br><br>it.<br><br>leaks.', 'Ola Berg');
    const r = runHtml(html(post));
    expect(r.article!.text).toMatch(/on\. the\. wall\.\s+it\.\s+leaks\./);
    const md = toMarkdown(r);
    expect(md).toContain('> on. the. wall.');
    expect(md).toContain('> — Ola Berg (@OlaBerg)');
  });
});

