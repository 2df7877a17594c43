// Han characters the tagger reads as a person, unsure, that open with no Chinese family name are a common word, no
// person (han-names.ts). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });
const kindOf = (text: string, name: string, spans: EntitySpan[]) => buildRegistry(scan(text), [], rulesFor('zh'), spans).live().find((p) => p.name === name)?.kind;

describe('Han characters read as a person', () => {
  const text = '候鸟在湖面上飞翔，王小明在岸边拍照。';

  it('are no person without a family name, the tagger unsure', () => {
    expect(kindOf(text, '飞翔', [span(text, '飞翔', 'PER', 0.6), span(text, '王小明', 'PER', 0.6)])).not.toBe('person');
  });

  it('stay a person with a family name', () => {
    expect(kindOf(text, '王小明', [span(text, '飞翔', 'PER', 0.6), span(text, '王小明', 'PER', 0.6)])).toBe('person');
  });

  it('stay a person the tagger is sure of', () => {
    expect(kindOf(text, '飞翔', [span(text, '飞翔', 'PER', 0.9)])).toBe('person');
  });
});
