// A body's head noun right before a person's name, read by the tagger as one person ("en la Asamblea Juan Lobato"):
// the person is named without the head, no "Asamblea …" person is listed. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

/** Spans of the tagger: each phrase's first occurrence at or after the last one's end, with its type and score. */
function spans(text: string, tags: [string, EntitySpan['type'], number][]): EntitySpan[] {
  let from = 0;
  return tags.map(([t, type, score]) => {
    const start = text.indexOf(t, from);
    from = start + t.length;
    return { start, end: start + t.length, type, score };
  });
}
const parties = (text: string, tags: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('es'), spans(text, tags)).live().map((p) => `${p.name}: ${p.kind}`);

describe('a body\'s head glued before a person', () => {
  it('is left out of the person\'s name the text writes again without it', () => {
    const text = 'El informe es el que muestra en la Asamblea Juan Ortelano, y nadie lo discute. Juan Ortelano, portavoz del grupo, habló después.';
    const got = parties(text, [['Asamblea Juan Ortelano', 'PER', 0.3], ['Juan Ortelano', 'PER', 0.95]]);
    expect(got).toContain('Juan Ortelano: person');
    expect(got.filter((n) => n.startsWith('Asamblea'))).toEqual([]);
  });
  it('stays when the text never names the person without it', () => {
    const text = 'El informe se presentó ante la Fundación Juan Ortelano, que lo publicó ayer en su web.';
    const got = parties(text, [['Fundación Juan Ortelano', 'PER', 0.3]]).map((n) => n.split(':')[0]);
    expect(got).toContain('Fundación Juan Ortelano');
  });
});
