// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  findPageFurniture, HIDDEN_ATTR, hiddenFingerprints, hideBlocks, hideFurniture, keptCounts, liveBlocks, restoreAll,
  restoreBlock, STYLE_ID,
} from '../../lib/live-page';
import { fingerprint } from '../../lib/fingerprint';

const APPEAL = 'If there was ever a time to stand with local journalism, it is now. Please give what you can.';
const PAGE = `
  <header><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/support/">Support us</a></li></ul></nav></header>
  <article>
    <div class="entry-meta"><time>14 October 2025</time> <span class="post-views"><i class="icon"></i> <span>158</span></span></div>
    <div class="entry-content">
      <p id="p1">The first paragraph of the story, long enough to be a real paragraph of news text.</p>
      <p id="rep">A sentence the article repeats on purpose.</p>
      <div class="support-box" id="box1"><h3>Support us</h3><p>${APPEAL}</p><p>IBAN GB33 HSAV 6016<br>Reference: COURIER</p></div>
      <p id="p2">The second paragraph, with <a href="/x">a link</a> and more words.</p>
      <p id="rep2">A sentence the article repeats on purpose.</p>
    </div>
  </article>
  <section class="donate-widget" id="box2"><h3>Support us</h3><p>${APPEAL}</p><p>IBAN GB33 HSAV 6016<br>Reference: COURIER</p></section>
  <div id="comments"><p class="no-comments">Comments are closed.</p></div>
`;

function setup() {
  document.head.innerHTML = '';
  document.body.innerHTML = PAGE;
  return document.body.innerHTML;
}
const fp = (t: string) => fingerprint(t);
const targets = [
  { fingerprint: fp('Support us'), reason: 'donation' },
  { fingerprint: fp(APPEAL), reason: 'donation' },
  { fingerprint: fp('IBAN GB33 HSAV 6016\nReference: COURIER'), reason: 'payment' },
];

describe('live page', () => {
  it('cuts the live page into blocks like lib/blocks.ts, without changing it', () => {
    const before = setup();
    const blocks = liveBlocks(document.body);
    expect(blocks.map((b) => b.text)).toContain('IBAN GB33 HSAV 6016\nReference: COURIER');
    expect(blocks.find((b) => b.el.id === 'p2')?.text).toBe('The second paragraph, with a link and more words.');
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides every copy of a removed block, and the box around it, and restores the page exactly', () => {
    const before = setup();
    const res = hideBlocks(document, targets);
    expect(res.missing).toEqual([]);
    expect(document.getElementById('box1')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(document.getElementById('box2')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(document.getElementById('p1')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
    expect(document.getElementById(STYLE_ID)).not.toBeNull();
    // the nav item "Support us" is an <li>, a block of its own: it has the same text, so it goes too …
    // … which is why findPageFurniture, not hideBlocks, handles text outside the article. Here: restore.
    expect(restoreAll(document)).toBeGreaterThan(0);
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById(STYLE_ID)).toBeNull();
  });

  it('keeps the copies the article keeps (a legitimately repeated sentence)', () => {
    setup();
    const rep = 'A sentence the article repeats on purpose.';
    const kept = keptCounts(`First.\n\n${rep}`);
    hideBlocks(document, [{ fingerprint: fp(rep), reason: 'duplicate' }], { kept });
    expect(document.getElementById('rep')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(document.getElementById('rep2')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
  });

  it('restores one block by fingerprint, with the box that was hidden around it', () => {
    setup();
    hideBlocks(document, targets);
    restoreBlock(document, fp(APPEAL));
    expect(document.getElementById('box1')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(document.querySelector('#box1 p')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(document.querySelector('#box1 h3')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(hiddenFingerprints(document)).not.toContain(fp(APPEAL));
  });

  it('finds furniture outside the article: the counter inside the meta line, the comment notice; not the menu', () => {
    setup();
    const kept = keptCounts('The first paragraph of the story, long enough to be a real paragraph of news text.');
    const hits = findPageFurniture(document, kept);
    const byReason = Object.fromEntries(hits.map((h) => [h.reason, h]));
    expect(byReason.counter.el.className).toBe('post-views');
    expect(byReason.comments.text).toBe('Comments are closed.');
    expect(hits.some((h) => h.el.closest('nav'))).toBe(false);
    expect(hits.some((h) => h.el.id === 'p1')).toBe(false);
    hideFurniture(document, hits);
    expect(document.getElementById('comments')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(document.querySelector('time')!.closest(`[${HIDDEN_ATTR}]`)).toBeNull();
  });

  it('looks only under a given root for late content', () => {
    setup();
    const late = document.createElement('aside');
    late.innerHTML = `<p>${APPEAL}</p>`;
    document.body.appendChild(late);
    hideBlocks(document, targets, { root: late });
    expect(late.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(document.getElementById('box1')!.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });
});
