// @vitest-environment jsdom
// Clean on the live page: text that stands loose in <body> after the story (a PHP page's stray `*/?>` after its last
// box) has no element to hide; Clean wraps it in one of its own, hidden, and Restore gives the page back as it was.
// Loose text of the story's own box stays.
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTR, restoreAll } from '../../lib/page/hide';
import { cleanLive } from './live-clean';

const S = [
  'The regional court ruled on Thursday that the harbour authority must publish its tender documents in full.',
  'The authority said it would study the judgment before deciding whether to appeal to the higher court.',
  'A spokesman for the ferry operators called the ruling an important step for transparency in the port.',
];
const PAGE = `<header class="site"><a href="/">Harbour News</a><nav><a href="/news/">News</a> <a href="/port/">Port</a></nav></header>
  <div id="wrap"><article>
    <h1>Court orders harbour authority to publish tender documents</h1>
    <div class="story" id="story"><p>${S[0]}</p><p>${S[1]}</p>
      Loose line of the story's own box, kept as the story's.
      <p>${S[2]}</p></div>
  </article>
  <footer id="foot"><p>© 2025 Harbour News</p></footer></div>
  <!-- comments end -->
*/?&gt;
`;

/** The text of `body` a reader sees: none of what our attribute hides. */
function shown(): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!t.parentElement?.closest(`[${HIDDEN_ATTR}]`)) out.push(t.nodeValue ?? '');
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('loose text outside the story on the live page', () => {
  it('hides the stray text after the story and keeps the story, its own loose line with it', () => {
    cleanLive('<title>Court orders harbour authority to publish tender documents</title>', PAGE, 'https://harbour.example/port/court-tender-2025/');
    const text = shown();
    expect(text).not.toContain('*/?>');
    for (const s of S) expect(text).toContain(s);
    expect(text).toContain("Loose line of the story's own box");
    expect(text).not.toContain('© 2025 Harbour News');
  });

  it('gives the page back exactly on Restore', () => {
    document.head.innerHTML = '<title>Court orders harbour authority to publish tender documents</title>';
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    cleanLive('<title>Court orders harbour authority to publish tender documents</title>', PAGE, 'https://harbour.example/port/court-tender-2025/');
    expect(document.body.innerHTML).not.toBe(before);
    restoreAll(document);
    expect(document.body.innerHTML).toBe(before);
  });
});
