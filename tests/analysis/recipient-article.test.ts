// "Gegenüber dem Redaktionsnetzwerk Deutschland bezeichnete es X als „…“": the one the words were said to, after a
// recipient's preposition and its article, is no speaker. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a recipient after its preposition and article', () => {
  it('is not the speaker of the words', () => {
    const t = 'Die Partei reagierte empört. Gegenüber dem Nordkurier Rundfunk bezeichnete es Generalsekretär Matthias Brenner als „zynisch“, dass die Liberalen den Bruch geplant hätten.';
    const q = analyse(t, 'de').quotes.find((x) => x.text === 'zynisch');
    expect(q?.speaker ?? '').not.toMatch(/Nordkurier/);
  });
});
