// The words the party finders read: a name written after a lower-case particle and a hyphen ("al-Assad",
// "bin-Salman") counts as capitalised, a lower-case hyphenated word does not.
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../lib/analysis/parties/words';
import { scan } from '../../lib/analysis/text';

const capOf = (text: string) => Object.fromEntries(wordsOf(scan(text)).map((w) => [w.t, w.cap]));

describe('party words', () => {
  it('count a name after a particle and a hyphen as capitalised, and nothing else that is lower-case', () => {
    const cap = capOf('They met al-Assad and bin-Salman, then de-escalated a well-known van-load of ibn-x issues.');
    expect(cap['al-Assad']).toBe(true);
    expect(cap['bin-Salman']).toBe(true);
    expect(cap['de-escalated']).toBe(false);
    expect(cap['well-known']).toBe(false);
    expect(cap['van-load']).toBe(false);
    expect(cap['ibn-x']).toBe(false);
    expect(cap['They']).toBe(true);
  });
});
