// One word the tagger missed at every mention that the text's forms show to be a name: repeated, never in lower case,
// with a genitive or a hyphened compound it opens, and no common noun's form (an article before it, a plural, a
// compound it ends). Where every noun is capitalised, the forms tell a firm from a noun. Invented text, the tagger's
// spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][], lang = 'de') => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

const firm = 'Vorlan drohen in Frankreich Probleme. Dem Gericht zufolge drohen Vorlan Strafzahlungen. Vorlan argumentierte '
  + 'vor Gericht anders. Eine Wiederklage Vorlans wurde abgewiesen. Damit muss Vorlan zahlen. Für alle Vorlan-Geräte '
  + 'gilt das Urteil. Nun kann Vorlan Berufung einlegen.';

describe('a name shown by its forms', () => {
  it('makes a party of a firm the tagger never read, cut from the noun after it', () => {
    const got = ranked(firm, [['Frankreich', 'LOC', 0.95]]);
    expect(got).toContain('Vorlan:organization');
    expect(got.some((p) => p.startsWith('Vorlan '))).toBe(false);
  });

  it('reads a hyphened compound the name opens after an article as the name\'s form (the article is the head\'s)', () => {
    const text = 'Der Prototyp eines Vorlan-Akkus ist fertig. Dazu äußerte sich Vorlan nicht. Laut Vorlan läuft die Fertigung. '
      + 'Nun baut Vorlan eine Fabrik in Frankreich.';
    expect(ranked(text, [['Frankreich', 'LOC', 0.95]])).toContain('Vorlan:organization');
  });

  it('leaves a common noun alone: after an article, or the head of a compound', () => {
    const text = 'Das Patent ist alt. Nun drohen Patent Strafen, sagt der Anwalt. Eine Wiederklage Patents half nicht. '
      + 'Damit muss Patent weichen. Für alle Patent-Fragen gilt das. Die Patentklage läuft.';
    expect(ranked(text, []).some((p) => p.startsWith('Patent:'))).toBe(false);
  });

  it('needs a name\'s form: a word only repeated stays no party', () => {
    const text = 'Vorlan drohen Probleme. Dem Gericht zufolge drohen Vorlan Strafen. Damit muss Vorlan zahlen. Nun kann Vorlan gehen.';
    expect(ranked(text, []).some((p) => p.startsWith('Vorlan'))).toBe(false);
  });

  it('takes a word written in lower case elsewhere for no name', () => {
    const text = `${firm} Das ist vorlan.`;
    expect(ranked(text, [['Frankreich', 'LOC', 0.95]]).some((p) => p.startsWith('Vorlan'))).toBe(false);
  });
});
