// A description is a role phrase or an apposition of its own name, never a clause fragment: the phrase from the
// determiner that opens the role ("confirmó ayer el presidente del Consejo, X" → "presidente del Consejo"); no
// clause with an auxiliary after a name; a phrase between two names goes to the second; a shared acronym is
// expanded in the article's language. Invented text, with the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: [string, EntitySpan['type'], number][]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('descriptions', () => {
  it('start at the determiner that opens the role phrase', () => {
    const text = 'La cumbre se celebrará en mayo, según confirmó ayer el presidente del Consejo, Tomás Vidal Ruiz, en una rueda de prensa.';
    const reg = registry(text, 'es', [['Consejo', 'ORG', 0.6], ['Tomás Vidal Ruiz', 'PER', 0.95]]);
    expect(reg.find('Tomás Vidal Ruiz')?.description).toBe('presidente del Consejo');
  });

  it('are no clause after a name', () => {
    const text = 'The story was first told by Kelvan Marsh, almost all major newspapers have carried it since, and the council said nothing.';
    const reg = registry(text, 'en', [['Kelvan Marsh', 'PER', 0.9]]);
    expect(reg.find('Kelvan Marsh')?.description ?? null).toBeNull();
  });

  it('give a phrase between two names to the second', () => {
    const text = 'A la reunión del Foro de Tarsia, convocada por el ministro de Exteriores, Tomás Vidal Ruiz, asisten doce países.';
    const reg = registry(text, 'es', [['Foro de Tarsia', 'ORG', 0.9], ['Tomás Vidal Ruiz', 'PER', 0.95]]);
    expect(reg.find('Foro de Tarsia')?.description ?? null).toBeNull();
    expect(reg.find('Tomás Vidal Ruiz')?.description).toBe('ministro de Exteriores');
  });

  it('expand a shared acronym in the article’s language', () => {
    const text = 'La UE aprobó ayer nuevas sanciones. Según la UE, entrarán en vigor en junio.';
    const reg = registry(text, 'es', [['UE', 'ORG', 0.9], ['UE', 'ORG', 0.9]]);
    expect(reg.find('Unión Europea')?.aliases.has('UE')).toBe(true);
    expect(reg.find('Union européenne')).toBeUndefined();
  });
});
