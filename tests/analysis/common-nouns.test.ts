// Where every noun is capitalised (German), one word the text writes after an article half the times at least is a
// common noun, not a person or a place, whatever the tagger took it for. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const shown = (text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor('de');
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).map((p) => p.name);
};

describe('a common noun the tagger took for a name', () => {
  it('is no party when the text writes it after an article', () => {
    const text = 'Die Strecke ist gesperrt, weil Beton aufplatzte. Der Beton dehne sich bei Hitze aus, sagte Tilo Brandner.';
    expect(shown(text, [['Beton', 'PER', 0.6], ['Tilo Brandner', 'PER', 0.95]])).not.toContain('Beton');
  });

  it('leaves a person the text names without an article', () => {
    const text = 'Brandner legte die Pläne vor. Später lobte der Bürgermeister Brandner für die Arbeit.';
    expect(shown(text, [['Brandner', 'PER', 0.6], ['Brandner', 'PER', 0.7]])).toContain('Brandner');
  });
});

describe('one word the tagger was unsure was someone, named once (de)', () => {
  it('is no party with nothing else to say it names a person', () => {
    const text = 'Die Ermittler prüfen den Verdacht, Hunger als Waffe gegen die Zivilbevölkerung einzusetzen, sagte Tilo Brandner.';
    expect(shown(text, [['Hunger', 'PER', 0.55], ['Tilo Brandner', 'PER', 0.95]])).not.toContain('Hunger');
  });

  it('stays when the tagger is sure, or a title says it is a person', () => {
    const sure = 'Die Pläne liegen vor, sagte Brandner am Montag in Erfurt.';
    expect(shown(sure, [['Brandner', 'PER', 0.9]])).toContain('Brandner');
    const titled = 'Die Pläne liegen vor, sagte Bürgermeister Brandner am Montag in Erfurt.';
    expect(shown(titled, [['Brandner', 'PER', 0.6]])).toContain('Brandner');
  });
});

describe('a name of several words the text also writes as a common noun phrase', () => {
  it('is no party ("die künstliche Intelligenz" beside "Künstliche Intelligenz (KI)")', () => {
    const text = 'Zu überzeugen ist die künstliche Intelligenz der Schule, sagte Tilo Brandner. Künstliche Intelligenz (KI) ist einer der wichtigsten Trends, sagte die Forscherin.';
    expect(shown(text, [['Künstliche Intelligenz', 'ORG', 0.8], ['KI', 'ORG', 0.8], ['Tilo Brandner', 'PER', 0.95]])).not.toContain('Künstliche Intelligenz');
  });

  it('leaves a person whose name opens with a particle ("von der Leyen", "Von der Leyen")', () => {
    const text = 'Von der Leyen reiste nach Rom. Dort sprach von der Leyen mit dem Bürgermeister über den Hafen.';
    expect(shown(text, [['Von der Leyen', 'PER', 0.9], ['von der Leyen', 'PER', 0.9]]).some((n) => /Leyen/.test(n))).toBe(true);
  });
});
