// A role before a name ("Former area councillor, Seabata Moeketsi,") stays on its own line: the crosshead above it is
// no part of the person's description. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('roles under a crosshead', () => {
  it('describes a person by the role on its line, without the crosshead above', () => {
    const text = 'The quarry reopened in May.\n\nPleas go unheard\n\nFormer area councillor, Tumelo Rakhare, said residents had complained for months.';
    const p = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Tumelo Rakhare', 'PER', 0.95]])).find('Tumelo Rakhare');
    expect(p?.description).toBe('Former area councillor');
  });
});
