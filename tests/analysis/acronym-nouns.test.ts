// An acronym used as a count noun ("a handsome EV") names a kind of thing, no party; one that modifies the noun after
// the article ("a KPW politician") or follows a word that is no article in the text's language stays a party.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

/** Every occurrence of `t` read by the tagger as a body, fairly sure. */
const orgSpans = (text: string, t: string): EntitySpan[] => [...text.matchAll(new RegExp(`\\b${t}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + t.length, type: 'ORG', score: 0.7 }));
const names = (text: string, lang: string, acr: string) => buildRegistry(scan(text), [], rulesFor(lang), orgSpans(text, acr)).live().map((p) => p.name);

describe('an acronym after an indefinite article', () => {
  it('is no party where it ends its phrase (a count noun)', () => {
    const text = 'The new Velto is fast. It is a handsome KEV, certainly. US versions of the KEV keep their mirrors.';
    expect(names(text, 'en', 'KEV')).not.toContain('KEV');
  });
  it('stays a party where it modifies the noun after it', () => {
    const text = 'Mara Velt, a KPW politician, spoke first. The KPW won the vote.';
    expect(names(text, 'en', 'KPW')).toContain('KPW');
  });
  it('stays a party after a word the language does not list as an article (German "an")', () => {
    const text = 'Die Ministerin schrieb an KPW. Die KPW antwortete nicht.';
    expect(names(text, 'de', 'KPW')).toContain('KPW');
  });
  // The acronym counts as a word only with no letter or digit beside it, in any script (the scan that finds it).
  it('reads the acronym only where it stands as a word of its own', () => {
    const inWords = 'The KEV group met. It is a handsome KEVX, certainly, and a new éKEV, and a fast 2KEV, surely. The KEV voted.';
    expect(names(inWords, 'en', 'KEV')).toContain('KEV');
    const atEnd = 'The KEV group met. Then it was sold as a handsome KEV';
    expect(names(atEnd, 'en', 'KEV')).toContain('KEV');
  });
  it('is asked again for each text (an answer kept for one text is not another’s)', () => {
    const counted = 'The new Velto is fast. It is a handsome KEV, certainly. US versions of the KEV keep their mirrors.';
    const party = 'Mara Velt, a KEV politician, spoke first. The KEV won the vote.';
    expect(names(counted, 'en', 'KEV')).not.toContain('KEV');
    expect(names(party, 'en', 'KEV')).toContain('KEV');
    expect(names(counted, 'en', 'KEV')).not.toContain('KEV');
  });
});
