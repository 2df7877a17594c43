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
});
