// "Amazon Alexa", "Met Gala": a "person" of two or three words whose first word the tagger's data knows only in
// names of things, bodies and places, that the tagger barely read as someone's and that the text gives no person
// evidence, is no person. A given name the data lists as a thing's comes with evidence: an age before the name, or
// the name opening its sentence as its verb's subject. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { rankParties } from '../../lib/analysis/parties/rank';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const ranked = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('en');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
};

describe('a name led by a thing’s word', () => {
  it('is no person where the tagger barely read one', () => {
    const text = 'The new car has a large screen. In Europe, there will be integrated Amazon Alexa support, too.';
    expect(ranked(text, [['Europe', 'LOC', 0.95], ['Amazon Alexa', 'PER', 0.42]]).some((p) => p.startsWith('Amazon Alexa'))).toBe(false);
  });
  it('is a body where the tagger also saw one', () => {
    const text = 'The new car has a large screen. In Europe, there will be integrated Amazon Alexa support, too.';
    expect(ranked(text, [['Europe', 'LOC', 0.95], ['Amazon Alexa', 'PER', 0.42], ['Amazon Alexa', 'ORG', 0.3]])).not.toContain('Amazon Alexa:person');
  });
  it('stays a person after an age', () => {
    const text = 'The victims were named on Monday. Among them was 21-year-old Madison Mogen of a small town, police said.';
    expect(ranked(text, [['Madison Mogen', 'PER', 0.4]])).toContain('Madison Mogen:person');
  });
  it('stays a person that opens its sentence as its verb’s subject', () => {
    const text = 'The team lost again on Saturday.\n\nTre Harbison rushed for 112 yards on 30 carries.';
    expect(ranked(text, [['Tre Harbison', 'PER', 0.46]])).toContain('Tre Harbison:person');
  });
  it('stays a person whose first word is a given name the data knows, inflected ("Billa Clintona")', () => {
    const rules = rulesFor('sk');
    const text = 'Hovorca odmietol komentovať list, ktorý poslal Billa Clintona jeho priateľ. Nikto ho nečítal.';
    const reg = buildRegistry(scan(text), [], rules, spans(text, [['Billa Clintona', 'PER', 0.45]]));
    const got = rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => `${p.name}:${p.type}`);
    expect(got).toContain('Billa Clintona:person');
  });
});
