// Each stage alone on invented text: word lists, phrase matching, parties from a tagger's spans, speech events for
// pronouns, key quotes.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, rulesFor } from '../../lib/rules/languages';
import { PhraseSet } from '../../lib/analysis/attribution/phrases';
import { scan } from '../../lib/analysis/text';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { analyzeArticle } from '../../lib/analysis';
import { keyScore } from '../../lib/analysis/keyquotes';
import type { EntitySpan } from '../../lib/analysis/entities';

describe('word lists', () => {
  it('compile for every language, each with verbs of saying', () => {
    for (const lang of LANGUAGES) {
      const r = rulesFor(lang);
      expect(r.known).toBe(true);
      expect(r.say.length).toBeGreaterThan(5);
    }
    expect(rulesFor('pt-BR').lang).toBe('pt');
    expect(rulesFor('xx').known).toBe(false);
  });
});

describe('phrase sets', () => {
  const set = new PhraseSet(['said', 'pointed out', 'a déclaré']);
  it('find whole words and multi-word phrases, longest first', () => {
    expect(set.all('He said it and pointed  out more.').map((h) => h[0])).toEqual(['said', 'pointed  out']);
    expect(set.all('unsaid words')).toEqual([]);
    expect(set.start('a déclaré le ministre')?.[0]).toBe('a déclaré');
  });
});

/** Spans as a tagger would give them, found by their text. */
function spans(text: string, tagged: [string, EntitySpan['type'], number][]): EntitySpan[] {
  let from = 0;
  return tagged.map(([t, type, score]) => { const start = text.indexOf(t, from); from = start + t.length; return { start, end: start + t.length, type, score }; });
}

describe('parties from the tagger’s mentions', () => {
  const text = 'Minister Eva Lund met the Harbour Board in Kelby. Lund said the board would decide by March. The board agreed.';
  const doc = scan(text);
  const reg = buildRegistry(doc, [], rulesFor('en'), spans(text, [['Eva Lund', 'PER', 0.9], ['Harbour Board', 'ORG', 0.8], ['Kelby', 'LOC', 0.7], ['Lund', 'LOC', 0.5]]));
  const ps = rankParties(reg, rulesFor('en'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });

  it('moves the title to the description and links the surname whatever its tag', () => {
    const lund = ps.find((p) => p.name === 'Eva Lund')!;
    expect(lund).toMatchObject({ type: 'person', description: 'Minister' });
    expect(lund.aliases).toContain('Lund');
    expect(lund.mentions).toBe(2);
  });

  it('types from the tag and the name’s words, and keeps places as places', () => {
    expect(ps.find((p) => p.name === 'Harbour Board')?.type).toBe('organization');
    expect(ps.find((p) => p.name === 'Kelby')?.type).toBe('place');
    expect(ps.map((p) => p.name)).not.toContain('March');
  });

  it('joins a person the tagger cut at a name particle ("Ursula" + "von der" + "Leyen")', () => {
    const es = 'La presidenta, Marta von der Hagen, habló el lunes. Von der Hagen dijo que el plan sigue.';
    const ereg = buildRegistry(scan(es), [], rulesFor('es'), spans(es, [['Marta', 'PER', 0.4], ['Hagen', 'LOC', 0.3], ['Hagen', 'LOC', 0.3]]));
    const eps = rankParties(ereg, rulesFor('es'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
    expect(eps.find((p) => p.name === 'Marta von der Hagen')?.type).toBe('person');
    expect(eps.map((p) => p.name)).not.toContain('Marta');
  });

  it('lets the tagger type a lone acronym, and reads no article into a Portuguese "de"', () => {
    const pt = 'A delegação de os EUA chegou a Lisboa. O acordo de Tarvanópolis foi assinado por a Frenalux e pela Lusomar.';
    const preg = buildRegistry(scan(pt), [], rulesFor('pt'), spans(pt, [['EUA', 'LOC', 0.8], ['Lisboa', 'LOC', 0.9], ['Tarvanópolis', 'LOC', 0.4], ['Frenalux', 'ORG', 0.7], ['Lusomar', 'ORG', 0.7]]));
    const pps = rankParties(preg, rulesFor('pt'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true });
    expect(pps.find((p) => p.name === 'EUA' || p.aliases.includes('EUA'))?.type).not.toBe('organization');
    expect(pps.find((p) => p.name === 'Tarvanópolis')?.type).toBe('place');
    // without a tagger, a lone acronym is still an organisation
    const en = 'Officials of the KPLA met in Kelby on Monday and the KPLA said talks would go on.';
    const ereg = buildRegistry(scan(en), [], rulesFor('en'), null);
    const eps = rankParties(ereg, rulesFor('en'), { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: false });
    expect(eps.find((p) => p.name === 'KPLA')?.type).toBe('organization');
  });
});

describe('pronouns after reported speech', () => {
  it('take the person who spoke last, with or without quotation marks', () => {
    const t = [
      '“The deal is dead,” said analyst Tom Brick.',
      'On Tuesday, the army’s chief spokesperson, Rear Admiral Dan Hale, said the appointment changed nothing.',
      '“There is only one place for him,” he told the station.',
    ].join('\n\n');
    const q = analyzeArticle({ text: t, lang: 'en' }).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Tom Brick', 'Dan Hale']);
  });
});

describe('key quotes', () => {
  const base = { speakerMention: 'X', key: false, start: 0, end: 0 };
  it('are full statements by a named source, not fragments or titles', () => {
    expect(keyScore({ ...base, text: 'We will rebuild the harbour before the winter comes.', speaker: 'Eva Lund', kind: 'full' })).toBeGreaterThan(0);
    expect(keyScore({ ...base, text: 'a disgrace', speaker: 'Eva Lund', kind: 'partial' })).toBe(0);
    expect(keyScore({ ...base, text: 'Make Kelby Great Again', speaker: 'Eva Lund', kind: 'full' })).toBe(0);
  });
});
