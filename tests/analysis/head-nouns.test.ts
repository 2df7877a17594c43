// A common noun that heads one longer name of the text ("el Parlamento" after "Parlamento de Grecia", "the
// University" after "University of Florida"), always written after an article, is that name said short; a name
// written bare ("Google" beside "Google of America") or heading two names stays apart. Invented text, the tagger's
// spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('a head noun after an article', () => {
  it('is the one longer name it opens', () => {
    const text = 'At the time, the land known as the Sultanate of Tarrow and Vell had few roads. The Sultanate wants more of them by 2040.';
    const reg = registry(text, 'en', [['Sultanate of Tarrow', 'ORG', 0.9], ['Sultanate', 'ORG', 0.6]]);
    expect(reg.find('Sultanate of Tarrow')?.mentions).toHaveLength(2);
    expect(reg.find('Sultanate of Tarrow')?.aliases.has('Sultanate')).toBe(true);
  });

  it('stays apart when it opens two names', () => {
    const text = 'The University of Florida and the University of Georgia signed the pact. The University said it was glad.';
    const reg = registry(text, 'en', [['University of Florida', 'ORG', 0.9], ['University of Georgia', 'ORG', 0.9], ['University', 'ORG', 0.5]]);
    expect(reg.find('University of Florida')?.mentions).toHaveLength(1);
  });

  it('stays apart when the text writes it without an article', () => {
    const text = 'Nordwind of Bremen bought the shop. Nordwind said the deal closed on Monday.';
    const reg = registry(text, 'en', [['Nordwind of Bremen', 'ORG', 0.8], ['Nordwind', 'ORG', 0.8]]);
    expect(reg.find('Nordwind of Bremen')?.aliases.has('Nordwind')).toBe(false);
  });
});
