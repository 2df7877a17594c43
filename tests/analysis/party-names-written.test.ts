// The names the party list shows, on invented text: a tagger's span that runs on into a verb is cut before it, a
// long name with commas that an acronym spells is one party, a body's acronym in brackets is its alias, a given name
// the text gives a person makes a person, a head noun alone is no short form, a name in an oblique case is shown in
// its base form.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const parties = (text: string, lang: string) => analyse(text, lang).parties;
const names = (text: string, lang: string) => parties(text, lang).map((p) => p.name);

const SPY = [
  'Der Geheimdienst warnt vor Spionen. Auf diese Frage angesprochen, zeigt sich die Sprecherin zugeknöpft: „Der NDB hat Kenntnis vom Havanna-Syndrom, kommentiert aber keine Medienberichte.“',
  'Nach dem Giftanschlag auf Sergej Skripal im Jahr 2018 wurden mehrere Diplomaten ausgewiesen. Außenminister Sergej Lawrow wies die Vorwürfe zurück.',
  'Adrian Hänni vom Austrian Center for Intelligence, Propaganda and Security Studies (ACIPSS) kritisiert das. Die Silicon Valley Bank (SVB) brach im März zusammen. Kunden hatten Milliarden aus der Bank abgezogen, der Kollaps einer Bank dieser Größe war neu.',
].join('\n\n');

describe('a name as the text writes it', () => {
  it('ends before a verb the tagger ran on into', () => {
    const text = 'Die Sprecherin zeigt sich zugeknöpft: Der NDB hat Kenntnis vom Havanna-Syndrom. Der NDB warnt vor Agenten.';
    const rules = rulesFor('de');
    const reg = buildRegistry(scan(text), [], rules, spans(text, [['NDB hat Kenntnis', 'ORG', 0.27], ['NDB', 'ORG', 0.8]]));
    const ps = rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
    expect(ps.some((n) => /Kenntnis/.test(n))).toBe(false);
    expect(ps).toContain('NDB');
  });

  it('is the whole long name an acronym spells, commas and all', () => {
    const acipss = parties(SPY, 'de').find((p) => p.aliases.includes('ACIPSS'));
    expect(acipss?.name).toBe('Austrian Center for Intelligence, Propaganda and Security Studies');
    expect(names(SPY, 'de')).not.toContain('Security Studies');
  });

  it('is a person when it opens with a given name the text gives a person', () => {
    expect(parties(SPY, 'de').find((p) => p.name === 'Sergej Skripal')?.type).toBe('person');
  });

  it('has no head noun alone as a short form', () => {
    const ps = parties(SPY, 'de');
    expect(ps.find((p) => p.name === 'Silicon Valley Bank')?.aliases).not.toContain('Bank');
    expect(ps.map((p) => p.name)).not.toContain('Bank');
  });
});

describe('an acronym in brackets right after a body', () => {
  it('is that body, though it spells its name in another wording', () => {
    const text = 'Spying in Switzerland is on the rise. According to the Swiss National Intelligence Service (NDB), about 220 Russians work at the missions in Geneva and Bern. The NDB has warned about Russian agents for years, a spokeswoman said.';
    const ps = parties(text, 'en');
    const ndb = ps.filter((p) => p.name === 'NDB' || p.aliases.includes('NDB'));
    expect(ndb).toHaveLength(1);
    expect(ndb[0]!.name).toBe('Swiss National Intelligence Service');
  });

  it('but a person’s bracket is their party', () => {
    const text = 'Die Abgeordnete Anna Berg (SPD) kritisierte den Plan. Berg sagte, die SPD werde nicht zustimmen.';
    expect(parties(text, 'de').find((p) => p.name === 'Anna Berg')?.aliases ?? []).not.toContain('SPD');
  });
});

describe('a name the text writes only in an oblique case', () => {
  it('is shown in its base form', () => {
    const text = 'Die russischen Machenschaften seien nicht zu akzeptieren, hieß es von der Schweizerischen Volkspartei. Die Regierung in Bern schwieg.';
    const ps = names(text, 'de');
    expect(ps).toContain('Schweizerische Volkspartei');
    expect(ps).not.toContain('Schweizerischen Volkspartei');
  });
});

describe('the type the words around a name give it', () => {
  it('a place noun after a demonym makes a place: "the Lebanese village of …"', () => {
    const text = 'They had been filming shelling from a hill near the Lebanese village of Alma al-Chaab for nearly an hour before the attack. Reporter Anna Berg said so.';
    expect(parties(text, 'en').find((p) => p.name === 'Alma al-Chaab')?.type).toBe('place');
  });

  it('a role in the plural before "at" makes the employer: "analysts at …"', () => {
    const text = 'Posted on social media by the performance analysts at Northern Forge, the port of the game is not smooth. Preliminary tests by Northern Forge show that it runs at an unstable frame rate.';
    const rules = rulesFor('en');
    const reg = buildRegistry(scan(text), [], rules, spans(text, [['Northern Forge', 'LOC', 0.87], ['Northern Forge', 'LOC', 0.32]]));
    const ps = rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
    expect(ps.find((p) => p.name === 'Northern Forge')?.type).toBe('organization');
  });
});

describe('what is no party', () => {
  it('a body’s head noun and the next noun, where every noun is capitalised', () => {
    const text = 'Dagegen wirft die Opposition, allen voran die CDU, in erster Linie der Landesregierung Versagen vor. Die Landesregierung weist das zurück.';
    expect(names(text, 'de').some((n) => n.includes('Versagen'))).toBe(false);
  });
});

describe('a clipped name', () => {
  it('is the organisation whose first word it clips: "die Fed", "Federal Reserve"', () => {
    const text = [
      'Die Federal Reserve hat Versäumnisse bei der Aufsicht über die Nordbank eingeräumt. Die Aufsicht der Fed sei zu schwach gewesen, teilte die Notenbank mit.',
      'Zwar stehe das Missmanagement der Nordbank im Kern hinter dem Untergang, erklärte die Fed. Strengere Regeln hätten laut Fed geholfen.',
    ].join('\n\n');
    const fed = parties(text, 'de').find((p) => p.name === 'Federal Reserve');
    expect(fed?.aliases).toContain('Fed');
    expect(fed?.mentions).toBeGreaterThanOrEqual(3);
  });

  it('but not four letters that are a word of their own: "Euro"', () => {
    const text = 'Die Europäische Zentralbank (EZB) hält die Zinsen. Der Euro fiel am Montag, und der Euro bleibt schwach, sagte die EZB.';
    expect(parties(text, 'de').find((p) => p.aliases.includes('EZB'))?.aliases ?? []).not.toContain('Euro');
  });
});
