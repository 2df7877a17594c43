// Where the tagger has no model of the text's language, a name met once needs strong evidence to be shown; a person's
// name of several words, each of which the name data knows as a person's, is that evidence ("Donald Trump" named once
// in a French text). A name with a word the data does not know stays hidden. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const shown = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged), { strict: true });
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: true, tagged: true }).map((p) => p.name);
};

describe('a full name met once, without a model of the language', () => {
  it('is shown when the data knows each of its words as a person\'s', () => {
    const text = 'Après la réunion du conseil, Paul Weber a partagé une photo sur son compte. La mairie a répondu lundi.';
    expect(shown('fr', text, [['Paul Weber', 'PER', 0.44]])).toContain('Paul Weber');
  });
  it('stays hidden when a word of it is unknown to the data', () => {
    const text = 'Après la réunion du conseil, Paul Zorvath a partagé une photo sur son compte. La mairie a répondu lundi.';
    expect(shown('fr', text, [['Paul Zorvath', 'PER', 0.44]])).not.toContain('Paul Zorvath');
  });
  it('stays hidden when the tagger read it as something else', () => {
    const text = 'Après la réunion du conseil, Paul Weber a partagé une photo sur son compte. La mairie a répondu lundi.';
    expect(shown('fr', text, [['Paul Weber', 'ORG', 0.44]])).not.toContain('Paul Weber');
  });
});
