// "eine Bewegung und Miliz": where every noun is capitalised (German), a body's bare common noun is no name, whatever
// an unsure tagger reads in it. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });
const names = (text: string, spans: EntitySpan[], lang = 'de') => buildRegistry(scan(text), [], rulesFor(lang), spans).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('a body’s bare common noun', () => {
  const text = 'Der Dissident Omar Sahl hatte in Talbek eine Bewegung und Miliz gegründet.';

  it('is no name where every noun is capitalised and the tagger is unsure', () => {
    expect(names(text, [span(text, 'Omar Sahl', 'PER', 0.95), span(text, 'Miliz', 'LOC', 0.4)])).not.toContain('Miliz');
  });

  it('stays where the tagger reads a body, unsure', () => {
    const t = 'Der Antrag liegt seit Monaten beim Bundestag, sagte Omar Sahl.';
    expect(names(t, [span(t, 'Bundestag', 'ORG', 0.6), span(t, 'Omar Sahl', 'PER', 0.95)])).toContain('Bundestag');
  });

  it('stays where only the capitalised runs found it', () => {
    const t = 'Die Lieferung erfolgte mit Genehmigung der Bundesregierung, sagte Omar Sahl.';
    expect(names(t, [span(t, 'Omar Sahl', 'PER', 0.95)])).toContain('Bundesregierung');
  });

  it('stays where the tagger is sure', () => {
    expect(names(text, [span(text, 'Omar Sahl', 'PER', 0.95), span(text, 'Miliz', 'ORG', 0.9)])).toContain('Miliz');
  });
});
