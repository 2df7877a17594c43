// What the text says a name is ("X, an RPA vendor,") outweighs the tagger's guess of a place together with a
// preposition of place before the name. Invented text, the tagger's span given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('an organisation apposition', () => {
  it('types the name an organisation against a sure place reading and a locative', () => {
    const text = 'A survey from Quillmark, a software vendor, finds that most buyers wait. Prices keep rising.';
    const start = text.indexOf('Quillmark');
    const reg = buildRegistry(scan(text), [], rulesFor('en'), [{ start, end: start + 9, type: 'LOC', score: 0.99 }]);
    expect(reg.live().find((p) => p.name === 'Quillmark')?.kind).toBe('organization');
  });
});
