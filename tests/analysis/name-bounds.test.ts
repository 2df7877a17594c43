// Where a person's name begins and ends: a determiner in the sentence before is no article of it ("… sein. David
// Angel"), the institution after "von der" is no part of it, and a title word that ends a name the tagger is sure of
// is a surname ("Kevin King"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('a person’s name', () => {
  it('keeps a given name that opens a sentence after a determiner', () => {
    const text = 'Das soll der Auftakt sein. David Lemmer (OGBL) und Paul Weis (LCGB) lagen sich in den Armen.';
    const reg = registry(text, 'de', [['David Lemmer', 'PER', 0.86], ['OGBL', 'ORG', 0.5], ['Paul Weis', 'PER', 0.9], ['LCGB', 'ORG', 0.5]]);
    expect(reg.find('David Lemmer')?.kind).toBe('person');
    expect(reg.find('Lemmer')).toBeUndefined();
  });

  it('ends before "von der" and the institution the tagger names apart', () => {
    const text = 'Das sei bedenklich, sagte Johanna Brecht von der Universität Kassel.';
    const reg = registry(text, 'de', [['Johanna Brecht', 'PER', 0.75], ['Universität Kassel', 'ORG', 0.91]]);
    expect(reg.find('Johanna Brecht')?.kind).toBe('person');
    expect(reg.find('Universität Kassel')?.kind).toBe('organization');
    expect(reg.find('Johanna Brecht von der Universität Kassel')).toBeUndefined();
  });

  it('keeps a surname that is a title word when the tagger is sure', () => {
    const text = 'American Kevin Bishop and his colleague were freed. Police and Crime Commissioner Matt Dorey spoke.';
    const reg = registry(text, 'en', [['Kevin Bishop', 'PER', 0.98], ['Crime Commissioner', 'PER', 0.69], ['Matt Dorey', 'PER', 0.9]]);
    expect(reg.find('Kevin Bishop')?.kind).toBe('person');
    expect(reg.find('Crime Commissioner')).toBeUndefined();
  });
});
