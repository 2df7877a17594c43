// A short quoted word after a quotation attributed before it is the speaker's next quotation when a verb of its own
// governs it ("calling her a “…,” and then tweeted that she was “Disgraceful!”"); only the words after a quotation
// that attribute it ("„…“, sagte der Coach der „Nati“") can hold a name in quotation marks that nobody said.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a quoted word after a quotation attributed before it', () => {
  it('is the same speaker’s words', () => {
    const t = 'The rally was loud. Trump blasted the yoga instructor during the rally, calling her a “horrible, horrible witness,” and then tweeted that she was “Disgraceful!”';
    const q = analyse(t, 'en').quotes.find((x) => x.text.includes('Disgraceful'));
    expect(q?.speaker).toBe('Trump');
    // (one word: no key quote in the popup)
    expect(q?.key).toBe(false);
  });

  it('is still a name inside the words that attribute a quotation after it', () => {
    const t = 'Das Spiel war knapp. „Wir haben heute sehr gut gespielt“, sagte der Trainer der „Nati“ nach dem Spiel.';
    expect(analyse(t, 'de').quotes.some((x) => x.text.includes('Nati'))).toBe(false);
  });
});
