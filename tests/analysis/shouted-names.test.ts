// Capitals for emphasis (a crosshead or a caption in capitals) are no name's evidence, and an acronym the text writes
// in the plural is a kind of thing, no body. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const names = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('names in capitals for emphasis', () => {
  const text = 'Here are the highlights of the show:\n\nNORDAK KESTREL\n\nNordak is hoping the new Kestrel will sell well. The Kestrel goes on sale in May, a company spokesman said.';
  it('are no party where the text writes their words otherwise', () => {
    const got = names(text, [['NORDAK KESTREL', 'PER', 0.6], ['Nordak', 'ORG', 0.8], ['Kestrel', 'ORG', 0.5], ['Kestrel', 'ORG', 0.5]]);
    expect(got).not.toContain('NORDAK KESTREL');
    expect(got).toContain('Nordak');
  });
});

describe('a dateline in capitals', () => {
  it('still names the place the story is filed from', () => {
    const text = 'NEW HAVEN: The new council met on Monday and voted on the budget, officials said.';
    expect(names(text, [['NEW HAVEN', 'LOC', 0.9]])).toContain('NEW HAVEN');
  });
});

describe('an acronym in the plural', () => {
  it('is a common noun, no organisation', () => {
    const text = 'The company will show an electric QXV this week. Small QXVs sell well, the chief executive said in Detroit.';
    expect(names(text, [['QXV', 'ORG', 0.6]])).not.toContain('QXV');
  });
  it('leaves an acronym the text never writes in the plural', () => {
    const text = 'The company will show an electric car this week. The QXV union said sales were good, the chief executive said.';
    expect(names(text, [['QXV', 'ORG', 0.6]])).toContain('QXV');
  });
});
