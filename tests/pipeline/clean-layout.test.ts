import { describe, it, expect } from 'vitest';
import { blockInfos, siteInfo } from '../../lib/clean/context';
import { applySandwiched } from '../../lib/clean/layout';
import type { Score } from '../../lib/clean/classifier';
import type { Verdict } from '../../lib/clean/decide';
import { parse } from './helpers';

const score = (p: number): Score => ({ p, logit: Math.log(p / (1 - p)), by: { words: 0, shape: 0, links: 0, markup: 0, payment: 0, form: 0, self: 0, position: 0, repetition: 0, box: 0 } });
const removed: Verdict = { reason: 'paywall', rule: 'classifier', score: 0.9, strong: false, evidence: [] };

function infosOf(lines: string[], tag = (_k: number) => 'p') {
  const body = parse(`<html><body><div id="root">${lines.map((l, k) => `<${tag(k)}>${l}</${tag(k)}>`).join('')}</div></body></html>`).getElementById('root')!;
  return blockInfos(Array.from(body.children).map((el) => ({ el, text: el.textContent ?? '' })), body, { site: siteInfo(null, null) });
}

// A short line between two removed blocks (the label inside a dialog) goes with them; a sentence of the story does not.
describe('lines between removed blocks', () => {
  it('takes a short line the classifier reads as boilerplate, between two removed blocks', () => {
    const infos = infosOf(['Your subscription does not allow this article.', 'Restricted reading', 'Contact our customer service.']);
    const v: (Verdict | null)[] = [removed, null, removed];
    applySandwiched(infos, [score(0.9), score(0.8), score(0.9)], v);
    expect(v[1]?.rule).toBe('run');
    expect(v[1]?.reason).toBe('paywall');
  });
  it('keeps a sentence, a line the classifier reads as text, and a line with a kept neighbour', () => {
    const sentence = 'The mayor said the harbour wall would be finished by the spring, two months late.';
    for (const [lines, p, v] of [
      [['Advert', sentence, 'Advert'], 0.9, [removed, null, removed]],
      [['Advert', 'Restricted reading', 'Advert'], 0.3, [removed, null, removed]],
      [['Advert', 'Restricted reading', 'Advert'], 0.9, [removed, null, null]],
    ] as const) {
      const verdicts = [...v] as (Verdict | null)[];
      applySandwiched(infosOf([...lines]), [score(0.9), score(p), score(0.9)], verdicts);
      expect(verdicts[1], lines[1]).toBeNull();
    }
  });
  it('keeps a heading between two removed blocks: a section of the story between two ad slots', () => {
    const infos = infosOf(['Advertisement', '‘Markets can breathe a sigh of relief’: economist', 'Advertisement'], (k) => (k === 1 ? 'h3' : 'p'));
    const v: (Verdict | null)[] = [removed, null, removed];
    applySandwiched(infos, [score(0.9), score(0.9), score(0.9)], v);
    expect(v[1]).toBeNull();
  });
});
