// "on" joins an organisation's name right after its head word ("the Federal Institute on Water Safety"), never a
// date ("the Commission on Thursday") nor a name without a head ("Mara Quint on Friday"); a tagger span that opens
// with an article is widened like any other. Invented text, with the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';


describe('names joined by "on" after a head word', () => {
  const text = 'The Federal Institute on Water Safety has warned about the lake. The Regional Commission on Thursday said Mara Quint on Friday met the mayor.';
  const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['The Federal Institute', 'ORG', 0.5], ['Regional Commission', 'ORG', 0.8], ['Mara Quint', 'PER', 0.9]]));
  const names = reg.live().filter((p) => p.mentions.length).map((p) => p.name);

  it('keeps the whole name of the organisation', () => {
    expect(names).toContain('Federal Institute on Water Safety');
    expect(names).not.toContain('Federal Institute');
  });

  it('does not join a day or a person', () => {
    expect(names).toContain('Regional Commission');
    expect(names).toContain('Mara Quint');
  });
});
