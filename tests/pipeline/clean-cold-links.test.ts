// A block's links are read once: its signals (lib/clean/signals.ts) give the caption's test (lib/clean/caption.ts)
// what linkInfo already read (how many links, their text), rather than walking the block for its links again.
import { describe, expect, it, vi } from 'vitest';
import { blockSignals } from '../../lib/clean/signals';
import { siteInfo } from '../../lib/clean/context';
import { parse } from './helpers';

describe("a block's links", () => {
  it('are looked up once for all its signals, and a row of links is still no caption', () => {
    const doc = parse(`<html><body><div id="root"><figure><img src="quay.jpg" width="600" height="400"></figure>
      <p id="p"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a> <a href="/share/mail">Email</a></p></div></body></html>`);
    const el = doc.getElementById('p')!;
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(el)) as Element;
    const byTag = vi.spyOn(proto, 'getElementsByTagName');
    try {
      const s = blockSignals(el, siteInfo('Harbour Gazette', 'https://harbourgazette.example/news/quay'), doc.getElementById('root'));
      expect(s.links).toBe(3);
      expect(s.caption).toBe(false);
      const onBlock = byTag.mock.calls.filter((args, k) => args[0] === 'a' && byTag.mock.contexts[k] === el);
      expect(onBlock.length).toBe(1);
    } finally { byTag.mockRestore(); }
  });
});
