// A given name alone that an unsure tagger read as a body or a place is the one person the text names in full with
// it ("für Hillary" beside "Hillary Clinton"); where the words around it make it a body, or the tagger is sure, it
// stays apart. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const at = (text: string, t: string, k: number) => { let i = -1; for (let n = 0; n <= k; n++) i = text.indexOf(t, i + 1); return i; };
const span = (text: string, t: string, k: number, type: EntitySpan['type'], score: number): EntitySpan => ({ start: at(text, t, k), end: at(text, t, k) + t.length, type, score });
const parties = (text: string, lang: string, spans: EntitySpan[]) => buildRegistry(scan(text), [], rulesFor(lang), spans).live().map((p) => `${p.name}:${p.kind}`);

describe('a given name alone, typed by an unsure tagger', () => {
  it('is the person named in full with it', () => {
    const text = 'Marisol Quenby sprach am Montag in Leeds. "Das ist ein Geschenk für Marisol", sagte ein Rivale.';
    const got = parties(text, 'de', [span(text, 'Marisol Quenby', 0, 'PER', 0.9), span(text, 'Marisol', 1, 'ORG', 0.5)]);
    expect(got).toContain('Marisol Quenby:person');
    expect(got.some((p) => p.startsWith('Marisol:'))).toBe(false);
  });
  it('stays apart when the full name too is only the tagger\'s guess at a person', () => {
    const text = 'Vellora Binacional opened the gates on Monday. Later Vellora said the river rose by a metre.';
    const got = parties(text, 'en', [span(text, 'Vellora Binacional', 0, 'PER', 0.33), span(text, 'Vellora', 1, 'LOC', 0.51)]);
    expect(got.some((p) => p.startsWith('Vellora:'))).toBe(true);
  });
  it('stays apart when the tagger is sure of a body', () => {
    const text = 'Marisol Quenby sprach am Montag in Leeds. Später verklagte Marisol den Konkurrenten.';
    const got = parties(text, 'de', [span(text, 'Marisol Quenby', 0, 'PER', 0.9), span(text, 'Marisol', 1, 'ORG', 0.9)]);
    expect(got.some((p) => p.startsWith('Marisol:'))).toBe(true);
  });
});
