// "Dar es Salaam": a word in lower case that the text writes only between the same two capitalised words, again and
// again, is inside one name (name-words.ts), whatever spans the tagger cut it into. Invented text, spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

/** Spans of each (word, type, score) at every place the text writes the word. */
function spans(text: string, tags: [string, EntitySpan['type'], number][]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const [t, type, score] of tags) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) out.push({ start: at, end: at + t.length, type, score });
  return out.sort((a, b) => a.start - b.start);
}

describe('a word in lower case inside a name', () => {
  it('joins the spans around it into one name, typed by the text, not the tagger’s halves', () => {
    const text = 'Buses come from Vila os Mareno every night, said Tula Nash.\n\nShe left her husband in Vila os Mareno two years ago.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Vila', 'LOC', 0.4], ['Mareno', 'PER', 0.7], ['Tula Nash', 'PER', 0.95]]));
    const names = reg.live().filter((p) => p.mentions.length).map((p) => p.name);
    expect(names).toContain('Vila os Mareno');
    expect(names).not.toContain('Mareno');
    expect(reg.live().find((p) => p.name === 'Vila os Mareno')?.kind).toBe('place');
  });

  it('widens a span to the name around it', () => {
    const text = 'Buses come from Vila os Mareno every night, said Tula Nash.\n\nShe left her husband in Vila os Mareno two years ago.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Mareno', 'LOC', 0.7], ['Tula Nash', 'PER', 0.95]]));
    const names = reg.live().filter((p) => p.mentions.length).map((p) => p.name);
    expect(names).toContain('Vila os Mareno');
    expect(names).not.toContain('Mareno');
  });

  it('leaves two names apart when the word stands elsewhere on its own', () => {
    const text = 'Tonight Dunmore vs Callan is the match to watch.\n\nDunmore vs Callan ended in a draw last year; it was Dunmore against the odds, vs everyone.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Dunmore', 'ORG', 0.9], ['Callan', 'ORG', 0.9]]));
    const names = reg.live().filter((p) => p.mentions.length).map((p) => p.name);
    expect(names).not.toContain('Dunmore vs Callan');
  });
});
