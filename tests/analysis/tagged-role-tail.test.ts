// "former United Nations ambassador Nikki Haley": a tagger's span running over a role in lower case after a body's
// name stops before the role (the role is the next person's, not part of the body's name). Invented text.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const names = (text: string, tagged: Parameters<typeof spans>[1]) =>
  buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('a role after a body’s name', () => {
  const text = 'The other contenders, Governor Ralph Denton and former United Nations ambassador Nora Haldane, stayed silent.';
  it('is no part of the body’s name', () => {
    const ns = names(text, [['Ralph Denton', 'PER', 0.9], ['United Nations ambassador', 'ORG', 0.8], ['Nora Haldane', 'PER', 0.9]]);
    expect(ns).toContain('United Nations');
    expect(ns).not.toContain('United Nations ambassador');
  });
});
