// "Lin said" after "spokesperson Lin Jian": where a family name comes first, the word a later mention uses opens
// the full name; it is that person, not a new speaker of its own. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const text = [
  'Foreign Ministry spokesperson Gao Minfeng said during a regular press briefing on Tuesday that the talks had stalled.',
  '“Both sides are neighbours that cannot be moved,” Gao said. “They must stay calm and avoid steps that complicate matters.”',
].join('\n\n');

describe('a lone word opening one full name', () => {
  it('is that person', () => {
    const a = analyse(text, 'en');
    expect(a.quotes.find((q) => q.text.includes('neighbours'))?.speaker).toBe('Gao Minfeng');
    expect(a.parties.map((p) => p.name)).not.toContain('Gao');
  });
});
