// A dateline the page sets apart from the paragraph it heads ("AUBURN, Wash. —" in an element of its own) opens that
// paragraph in the reader, as in print: the place is never dropped, and nothing else moves.
import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { runHtml, prose } from './helpers';
import { joinLoneDatelines, spaceGluedDatelines } from '../../lib/lead-dateline';

const LEAD = 'After a series of lower-paying jobs, Nicole Slemp finally landed one she loved at the county office.';

describe('lone datelines', () => {
  it('open the paragraph they head, with the place and the dash kept', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Child care</title></head><body><main><article><h1>Child care</h1>` +
      `<div class="wsw"><span class="place">AUBURN, Wash. —&nbsp;</span><p>${LEAD}</p>${prose(6)}</div></article></main></body></html>`;
    const r = runHtml(html);
    expect(r.article!.text).toContain(`AUBURN, Wash. — ${LEAD}`);
    expect(r.article!.text.split(/\n\s*\n/).some((b) => b.trim() === 'AUBURN, Wash. —')).toBe(false);
  });

  it('leave alone a short line without the dash, a divider, a line with a link, and a dateline before a short line', () => {
    const body = new JSDOM(`<div><p>Analysis</p><p>${LEAD}</p><p>— 3 —</p><p>${LEAD}</p><p><a href="/x">MORE —</a></p><p>${LEAD}</p>` +
      `<p>PARIS —</p><p>Photo: AFP</p></div>`).window.document.body;
    const before = body.innerHTML;
    joinLoneDatelines(body);
    expect(body.innerHTML).toBe(before);
  });

  it('join a dateline in a paragraph of its own in any script', () => {
    const body = new JSDOM(`<div><p>МОСКВА —</p><p>${LEAD}</p></div>`).window.document.body;
    joinLoneDatelines(body);
    expect(body.querySelectorAll('p')).toHaveLength(1);
    expect(body.textContent).toBe(`МОСКВА — ${LEAD}`);
  });

  it('set apart by the site\'s style sheet keep a space before the first word, and words split by markup stay whole', () => {
    const body = new JSDOM('<div><p><cite>Hong Kong (CNN Business)</cite>A muddled view weighs on markets.</p>'
      + '<p><b>Wash</b>ington was quiet.</p><p>He said <i>(twice)</i>so.</p></div>').window.document.body;
    spaceGluedDatelines(body);
    expect(Array.from(body.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'Hong Kong (CNN Business) A muddled view weighs on markets.', 'Washington was quiet.', 'He said (twice)so.']);
  });
});
