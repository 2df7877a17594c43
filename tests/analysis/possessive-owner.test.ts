// "the integration of Prime, Amazon’s $119-a-year membership": a name a possessive follows owns the phrase after it,
// the apposition of the name before the comma; the phrase before the comma is no role of its own. Invented text, the
// tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('a name with a possessive after a comma', () => {
  it('takes no description from the phrase before the comma', () => {
    const text = 'Then came the integration of Prime, Vexco’s yearly shipping plan, into the stores. Vexco said sales rose.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Prime', 'ORG', 0.5], ['Vexco', 'ORG', 0.9], ['Vexco', 'ORG', 0.9]]));
    expect(reg.find('Vexco')?.description ?? null).toBeNull();
  });

  it('leaves a role before a name alone', () => {
    const text = 'The company’s chief executive, Dana Okafor, said sales rose.';
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans(text, [['Dana Okafor', 'PER', 0.9]]));
    expect(reg.find('Dana Okafor')?.description).toBe('company’s chief executive');
  });
});
