// A name the text writes once as a number's unit ("um 2,5 Grad Réaumur") is that unit after a number word too
// ("sieben Grad Réaumur"), unless the tagger is sure of a name.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged));

describe('a unit after a number', () => {
  it('is no party after a number word either', () => {
    const text = 'Das Wasser wurde um 2,5 Grad Réaumur wärmer. Im Sommer lag es sieben Grad Réaumur über dem Mittel.';
    const r = reg(text, [['Réaumur', 'PER', 0.3], ['Réaumur', 'PER', 0.3]]);
    expect(r.live().filter((p) => p.mentions.length).map((p) => p.name)).not.toContain('Grad Réaumur');
  });

  it('stays a name the tagger is sure of', () => {
    const text = 'Am Ende lagen 3 Jonas Réaumur und Anna Brill vorn. Sieben Jonas Réaumur waren es nicht.';
    const r = reg(text, [['Jonas Réaumur', 'PER', 0.95], ['Anna Brill', 'PER', 0.95], ['Jonas Réaumur', 'PER', 0.95]]);
    expect(r.find('Jonas Réaumur')?.kind).toBe('person');
  });

  it('is no unit after a price', () => {
    const r = buildRegistry(scan('I bought a $49 Harwick Glide last week. Harwick Glide makes it in Leeds.'), [], rulesFor('en'),
      spans('I bought a $49 Harwick Glide last week. Harwick Glide makes it in Leeds.', [['Harwick Glide', 'ORG', 0.4], ['Harwick Glide', 'ORG', 0.4]]));
    expect(r.live().filter((p) => p.mentions.length).map((p) => p.name)).toContain('Harwick Glide');
  });
});
