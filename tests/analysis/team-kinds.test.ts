// Clubs in a match report are bodies, whatever place or person their names look like to the tagger: the opponent in
// a scored sentence ("5:0 gegen X"), a club's ground after "bei" where the tagger reads a body, a title ("Spitzenreiter")
// before a name the tagger reads as a body. And "the X" the tagger reads as a place is no body. Invented text, the
// tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

const span = (text: string, t: string, type: EntitySpan['type'], score: number, from = 0): EntitySpan => ({ start: text.indexOf(t, from), end: text.indexOf(t, from) + t.length, type, score });
const kind = (reg: ReturnType<typeof buildRegistry>, name: string) => reg.live().find((p) => p.name === name)?.kind;
/** The kind the registry gives `name`, the tagger having read its first mention as `type` at `score`. */
const kindOf = (text: string, lang: string, name: string, type: EntitySpan['type'], score: number) =>
  kind(buildRegistry(scan(text), [], rulesFor(lang), [span(text, name, type, score)]), name);

describe('the opponent in a scored sentence', () => {
  it('is a team where the tagger reads a place', () => {
    const text = 'Der Klub hatte am Dienstag 3:1 gegen Varnholm gewonnen und bleibt oben.';
    expect(kindOf(text, 'de', 'Varnholm', 'LOC', 0.55)).toBe('organization');
  });
  it('is a team in English too ("a 2-1 win against X")', () => {
    const text = 'The visitors sealed a 2-1 win against Corrandale on Saturday.';
    expect(kindOf(text, 'en', 'Corrandale', 'LOC', 0.55)).toBe('organization');
  });
  it('is left alone without a score (a time of day is none)', () => {
    const text = 'Um 20:30 Uhr demonstrierten sie gegen Varnholm, die Stadt am Fluss.';
    expect(kindOf(text, 'de', 'Varnholm', 'LOC', 0.55)).not.toBe('organization');
  });
  it('is left alone when the numbers are hours a word of the clock follows ("9-11 pm", "8-10 Uhr")', () => {
    expect(kindOf('Between 9-11 pm hundreds marched against Corrandale, the port town.', 'en', 'Corrandale', 'LOC', 0.55)).not.toBe('organization');
    expect(kindOf('Von 8-10 Uhr demonstrierten sie gegen Varnholm, die Stadt am Fluss.', 'de', 'Varnholm', 'LOC', 0.55)).not.toBe('organization');
  });
  it('needs the score in its own sentence', () => {
    const text = 'The club won 3-1 on Saturday. On Monday residents protested against Corrandale, the port town.';
    expect(kindOf(text, 'en', 'Corrandale', 'LOC', 0.55)).not.toBe('organization');
  });
  it('stays a person the tagger reads as one, however unsure', () => {
    const text = 'She won the final 6-4 against Marta Kellner on Sunday.';
    expect(kindOf(text, 'en', 'Marta Kellner', 'PER', 0.4)).toBe('person');
  });
});

describe('a preposition of place before a name the tagger reads as a body', () => {
  it('gives it no place evidence ("bei X United")', () => {
    const text = 'Liverborn spielt am Samstag bei Westholm United, danach ist Pause.';
    expect(kindOf(text, 'de', 'Westholm United', 'ORG', 0.44)).toBe('organization');
  });
});

describe('a title before a name the tagger reads as a body', () => {
  it('is that body\'s standing, no person\'s', () => {
    const text = 'Titelverteidiger Carnford City steht einen Punkt hinter dem Spitzenreiter.';
    expect(kindOf(text, 'de', 'Carnford City', 'ORG', 0.6)).toBe('organization');
  });
  it('still makes a person of a name the tagger reads as one', () => {
    const text = 'Trainer Pelle Guardin sprach von einem Rückschlag.';
    expect(kindOf(text, 'de', 'Pelle Guardin', 'PER', 0.6)).toBe('person');
  });
});

describe('"the X" the tagger reads as a place', () => {
  it('is no body for its article', () => {
    const text = 'The ice of the Nordreach is thinning. Scientists study the Nordreach every summer. The Nordreach warms fast, and the Nordreach matters.';
    const spans = [0, 1, 2, 3].map((k) => { let at = -1; for (let i = 0; i <= k; i++) at = text.indexOf('Nordreach', at + 1); return span(text, 'Nordreach', 'LOC', 0.5, at); });
    const reg = buildRegistry(scan(text), [], rulesFor('en'), spans);
    expect(kind(reg, 'Nordreach')).toBe('place');
  });
});
