// One party the text names two ways, learnt from the text: the particles apart ("Oficina del Consejo" and "Oficina de
// Consejo"), the full name less the acronym that opens it ("UEFA Vantor League" and "Vantor League"), initials no
// parenthesis defines ("NR" beside "North Ridgeland", not when two names share them). And a name's shape (two
// capitalised words) is no evidence of a person where the tagger read the mention as a place. Invented text, with
// the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const registry = (text: string, lang: string, tagged: [string, EntitySpan['type'], number][]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));
const named = (reg: ReturnType<typeof registry>, re: RegExp) => reg.live().filter((p) => p.mentions.length && re.test(p.name));

describe('variants of one name', () => {
  it('merges organisation names that differ only in their particles', () => {
    const text = 'El juez apunta a la Oficina del Consejo en su auto. Un asesor salió hacia la Oficina de Consejo.';
    const reg = registry(text, 'es', [['Oficina del Consejo', 'ORG', 0.9], ['Oficina de Consejo', 'ORG', 0.9]]);
    expect(named(reg, /^Oficina/)).toHaveLength(1);
  });

  it('merges a name with the same name opened by an acronym', () => {
    const text = 'Harlow Athletic reached its first Vantor League final. Its coach won the UEFA Vantor League twice.';
    const reg = registry(text, 'en', [['Harlow Athletic', 'ORG', 0.9], ['Vantor League', 'ORG', 0.9], ['UEFA Vantor League', 'ORG', 0.9]]);
    expect(named(reg, /Vantor League$/)).toHaveLength(1);
  });

  const ridge = 'North Ridgeland has launched a campaign against drugs, the governor of North Ridgeland said. Critics wrote that NR is on drugs.';
  const ridgeSpans: [string, EntitySpan['type'], number][] = [['North Ridgeland', 'LOC', 0.4], ['North Ridgeland', 'LOC', 0.4], ['NR', 'ORG', 0.5]];

  it('merges initials into the one name that has them', () => {
    const reg = registry(ridge, 'en', ridgeSpans);
    expect(named(reg, /^NR$/)).toHaveLength(0);
    expect(reg.find('North Ridgeland')?.aliases.has('NR')).toBe(true);
  });

  it('leaves initials alone when two names have them', () => {
    const text = `${ridge} Nora Ruiz, a teacher, disagreed.`;
    const reg = registry(text, 'en', [...ridgeSpans, ['Nora Ruiz', 'PER', 0.9]]);
    expect(named(reg, /^NR$/)).toHaveLength(1);
  });

  it('does not count a place-tagged name’s shape as a person’s', () => {
    const reg = registry(ridge, 'en', ridgeSpans);
    expect(reg.find('North Ridgeland')?.kind).toBe('place');
  });
});
