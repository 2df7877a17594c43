// A sentence's first word glued to a name of two words before the tagger's span ("Write Uncle Tobias at …") is no
// part of the name when the text writes the name without it elsewhere and the run whole nowhere else.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor('en'), spans(text, tagged));

describe('an opener before a name of two words', () => {
  it('is left out when the name stands without it elsewhere', () => {
    const text = 'Uncle Tobias answers readers every week. Uncle Tobias is written by a team. Write Uncle Tobias at the paper.';
    const r = reg(text, [['Tobias', 'PER', 0.8], ['Tobias', 'PER', 0.8], ['Tobias', 'PER', 0.7]]);
    expect(r.find('Write Uncle Tobias')).toBeUndefined();
  });

  it('stays when the run is the only form of the name', () => {
    const text = 'Reporters met the singer on Monday. Anna Maria Tobias said the tour was over.';
    const r = reg(text, [['Tobias', 'PER', 0.8]]);
    expect(r.find('Anna Maria Tobias')?.kind).toBe('person');
  });
});
