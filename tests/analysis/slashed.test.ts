// Two names joined by a slash ("Lisbon/Ankara (dpa)", a dateline of two places) are two parties, never one; an acronym
// pair stays whole. The tagger's person reading of the whole makes no part a person: two publishers ("Wahlund /
// Ekbergs") are no two people. Invented text.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const partiesOf = (text: string, lang: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
};

describe('names joined by a slash', () => {
  it('are two parties', () => {
    const names = partyNames('Lissabon/Ankara (dpa) - Die Regierung in Lissabon hat die Garden verurteilt. Aus Ankara hieß es, man prüfe Schritte.', 'de');
    expect(names).not.toContain('Lissabon/Ankara');
    expect(names).toEqual(expect.arrayContaining(['Lissabon', 'Ankara']));
  });

  it('are no people for the tagger’s reading of the whole alone', () => {
    const text = 'Romanen kom ut på Wahlund / Ekbergs år 1971 och trycktes om två gånger, berättar Kerstin Dahlgren.';
    const got = partiesOf(text, 'sv', [['Wahlund / Ekbergs', 'PER', 0.7], ['Kerstin Dahlgren', 'PER', 0.95]]);
    expect(got.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(['Kerstin Dahlgren']);
  });
});
