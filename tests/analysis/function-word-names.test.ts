// Pronouns and function words across a sentence's end are no name, though the tagger reads a person there.
// Invented text, the tagger's span given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('a candidate made only of pronouns and function words', () => {
  it('names no one', () => {
    const text = 'We both survived, she and I. My apartment was blown to pieces, said Olena Marchuk.';
    const at = text.indexOf('I. My');
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [
      { start: at, end: at + 5, type: 'PER', score: 0.58 },
      { start: text.indexOf('Olena'), end: text.indexOf('Olena') + 13, type: 'PER', score: 0.9 },
    ]);
    expect(reg.live().filter((p) => p.mentions.length).map((p) => p.name)).toEqual(['Olena Marchuk']);
  });
});
