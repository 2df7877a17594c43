// "纽约州立大学（State University of New York，SUNY）": a body's original name and acronym in brackets after its Han
// name are its aliases, and a place inside the original is no party of its own. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });

describe('a body’s original name in brackets', () => {
  it('gives the body its aliases, the place inside none of its own', () => {
    const text = '兰海海洋大学（Ocean University of Lanhai，OUL）的王小明教授研究海风超过二十年。';
    const reg = buildRegistry(scan(text), [], rulesFor('zh'), [span(text, '兰海海洋大学', 'ORG', 0.8), span(text, 'Lanhai', 'LOC', 0.9), span(text, '王小明', 'PER', 0.9)]);
    const live = reg.live().filter((p) => p.mentions.length);
    const body = live.find((p) => p.name === '兰海海洋大学');
    expect([...body!.aliases]).toEqual(expect.arrayContaining(['Ocean University of Lanhai', 'OUL']));
    expect(live.map((p) => p.name)).not.toContain('Lanhai');
  });
});
