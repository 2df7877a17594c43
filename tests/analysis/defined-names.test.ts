// A name the text defines ("Amnesty Rights Watch (ARW)") is that party again wherever it is written in full, even
// where the tagger read only a part of it as a person's name ("Rights Watch"): its first word is no title, and no
// person "Rights Watch" described as "Amnesty" is listed. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

describe('defined names', () => {
  it('keeps a defined name whole where the tagger read a part of it', () => {
    const text = 'Laut Amnesty Rights Watch (ARW) wurden Dörfer angegriffen.\n\n10.15 Uhr: Amnesty Rights Watch: Neue Vorwürfe gegen die Armee.';
    const reg = buildRegistry(scan(text), [], rulesFor('de'), spans(text, [['Amnesty Rights Watch', 'ORG', 0.5], ['Rights Watch', 'PER', 0.6]]));
    expect(reg.find('Rights Watch')).toBeUndefined();
    expect(reg.find('Amnesty Rights Watch')?.mentions.filter((m) => m.source !== 'acronym').length).toBe(2);
  });
});
