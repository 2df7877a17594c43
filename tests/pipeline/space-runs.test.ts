// White space collapsed without touching a lone space: the same text as collapsing every run, checked on random
// strings of every kind of white space (a fixed seed) for each place that collapses it.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { oneLine } from '../../lib/chars';
import { normalizeBlockText } from '../../lib/fingerprint';
import { blockText } from '../../lib/blocks';

const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u200b', '\u3000', '\u2028', '\ufeff', '\u2003', 'a', 'Bé', 'x y', '.', '“q”'];
function* samples(n: number): Generator<string> {
  let seed = 0xc1ea;
  const rand = (k: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let j = rand(14); j >= 0; j--) s += PIECES[rand(PIECES.length)];
    yield s;
  }
}

describe('collapsing white space', () => {
  it('oneLine gives what replacing every run gives', () => {
    for (const s of samples(3000)) expect(oneLine(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
  });

  it('normalizeBlockText collapses white space and zero-width spaces as before', () => {
    const plain = (t: string) => t.normalize('NFKC').replace(/[\u2018\u2019\u201a\u201b\u2032'`´]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"]/g, '"')
      .replace(/[\s\u00a0\u200b]+/g, ' ').trim().toLowerCase();
    for (const s of samples(3000)) expect(normalizeBlockText(s), JSON.stringify(s)).toBe(plain(s));
  });

  it('blockText reads a line break in the source as white space, as a browser shows it', () => {
    const { document } = parseHTML('<html><body></body></html>');
    for (const s of samples(1500)) {
      const p = document.createElement('p');
      p.appendChild(document.createTextNode(s));
      const out = blockText(p as unknown as Element);
      // The same words with the same single spaces; a source break stays a line only before a word that is not lower-case.
      expect(out.replace(/\n/g, ' '), JSON.stringify(s)).toBe(s.replace(/[\s\u200b]+/g, ' ').trim());
      expect(out, JSON.stringify(s)).not.toMatch(/\n\p{Ll}/u);
    }
  });

  it('blockText breaks lines at <br>, joins wrapped sentences and Chinese or Japanese, keeps credits and labels apart', () => {
    const text = (html: string) => {
      const { document } = parseHTML(`<html><body><p id="p">${html}</p></body></html>`);
      return blockText(document.getElementById('p') as unknown as Element);
    };
    expect(text('The minister said\n  on Monday<br>\nthat it would go.')).toBe('The minister said on Monday\nthat it would go.');
    expect(text('disputed on\nTuesday whether a plane had been hit,\nkilling none')).toBe('disputed on Tuesday whether a plane had been hit, killing none');
    expect(text('韓国の\n<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>\n大統領は')).toBe('韓国の尹錫悦（ユンソンニョル）大統領は');
    expect(text('윤석열\n대통령은')).toBe('윤석열 대통령은');
    expect(text('東京\nTokyo')).toBe('東京 Tokyo');
    // Neither side carries a sentence on: a photo credit before its caption, a label before its text, tags.
    expect(text('© John Brecher\nNeedle poking skin')).toBe('© John Brecher\nNeedle poking skin');
    expect(text('CHINESE AGGRESSION:\n<b>Manila</b> accused Beijing')).toBe('CHINESE AGGRESSION:\nManila accused Beijing');
    expect(text('Tags: <a>Election</a>\n,\n<a>Bailout</a>')).toBe('Tags: Election\n,\nBailout');
  });
});
