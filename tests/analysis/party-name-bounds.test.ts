// Where a party's name ends: what a possessive owns in lower case ("Mayer’s mettle") is a common noun, no name; a
// body’s longer name the text repeats whole ("Evidence Action Beta" beside "Evidence Action") is a body of its own; a
// name before a preposition that also joins noble names ("Dante Exum zu Boden") ends there.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('a possessive before a lower-case noun', () => {
  it('names no party by the owned thing', () => {
    const text = 'Lena Hartwell, the company’s head of streaming, said the launch went well.\n\nGetting the service right will be a key test of Hartwell’s mettle. It is the first time in Hartwell’s career that she has run a launch.';
    const ps = analyse(text, 'en').parties;
    expect(ps.map((p) => p.name).filter((n) => n.includes('’s'))).toEqual([]);
    expect(ps.find((p) => p.name === 'Lena Hartwell')?.type).toBe('person');
  });
});

type Tag = 'LOC' | 'PER' | 'ORG' | 'MISC';
/** The registry's parties of an invented text, the tagger's spans given as (text, type, nth occurrence). */
const live = (text: string, tags: [string, Tag, number][]) => buildRegistry(scan(text), [], rulesFor('en'), tags.map(([t, type, nth]) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(t, at + 1);
  return { start: at, end: at + t.length, type, score: 0.4 };
})).live().filter((p) => p.mentions.length);

describe('a body’s longer name that the tagger calls neither body, person nor place', () => {
  const text = 'We made a grant to Harbor Relief Beta to test new programs. Harbor Relief Beta will report every year.\n\nIts parent organization, Harbor Relief, runs two of our top charities.';
  it('is a body where the text repeats it whole', () => {
    const ps = live(text, [['Harbor Relief Beta', 'MISC', 0], ['Harbor Relief Beta', 'MISC', 1], ['Harbor Relief', 'ORG', 2]]);
    expect(ps.find((p) => p.name === 'Harbor Relief Beta')).toMatchObject({ kind: 'organization' });
    expect(ps.find((p) => p.name === 'Harbor Relief Beta')?.mentions.length).toBe(2);
    expect(ps.find((p) => p.name === 'Harbor Relief')?.kind).toBe('organization');
  });
  it('is no body where the tagger names no body it goes on from (a work, an event)', () => {
    const ps = live(text, [['Harbor Relief Beta', 'MISC', 0], ['Harbor Relief Beta', 'MISC', 1]]);
    expect(ps.find((p) => p.name === 'Harbor Relief Beta')).toBeUndefined();
  });
  it('is a product, no body, where the body is named in one word (a brand)', () => {
    const t = 'Shoppers queued for the Lumo Watch on Friday. The Lumo Watch sold out by noon, Lumo said.';
    const ps = live(t, [['Lumo Watch', 'MISC', 0], ['Lumo Watch', 'MISC', 1], ['Lumo', 'ORG', 2]]);
    expect(ps.find((p) => p.name === 'Lumo Watch')).toBeUndefined();
  });
});

describe('a name the tagger missed before a preposition that also joins noble names ("zu")', () => {
  const text = 'Im Spiel am Freitag stieß Weber seinen Gegenspieler Tomas Varga zu Boden. Die Entwicklung der Migrationspolitik war kein Thema.';
  const ps = buildRegistry(scan(text), [], rulesFor('de'), []).live().filter((p) => p.mentions.length);
  it('is a name of its own, the role before it left out', () => {
    expect(ps.find((p) => p.name === 'Tomas Varga')).toMatchObject({ description: 'Gegenspieler' });
  });
  it('makes no name of a noun phrase joined by a particle', () => {
    expect(ps.map((p) => p.name).filter((n) => /Boden|Migrationspolitik|Entwicklung/.test(n))).toEqual([]);
  });
});
