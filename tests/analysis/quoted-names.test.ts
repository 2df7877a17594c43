// A name in quotation marks inside the words that attribute a quotation ("ereiferte sich der Coach der „Elf“ nach
// dem Spiel"), and a short label with a colon between two quotations ("Sein Urteil: „…“"). Invented text, de/en.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string, lang: string, ranker?: null) => analyzeArticle({ text, lang }, { ner: loadNerModel(lang), attribution: ranker === null ? { ranker } : undefined }).quotes.map((q) => q.speaker);

describe('attributions around names in quotation marks', () => {
  it('a quoted team name ends the speaker phrase', () => {
    const t = 'Der Trainer Luca Brunner war nach dem Spiel aufgebracht. „Das ist eine Regel, die mit Fußball nichts zu tun hat“, ereiferte sich der Coach der „Elf“ nach dem 1:3 gegen Portugal.';
    expect(speakers(t, 'de')).toEqual(['Luca Brunner']);
  });
});

describe('a short label and a colon between two quotations', () => {
  const cases: [string, string][] = [
    ['de', 'Der Trainer Luca Brunner war nach dem Spiel aufgebracht. „Es gab keinen Grund, dem Stürmer Gelb zu geben“, sagte Brunner. „Er hätte es einfach laufen lassen müssen.“ Sein Urteil: „Die Regel hat heute unser Spiel zerstört.“'],
    ['en', 'Coach Luca Brunner was angry after the game. “There was no reason to book the striker,” Brunner said. “He should have let it run.” His verdict: “The rule destroyed our game today.”'],
  ];
  it('keeps the speaker (rules alone)', () => {
    for (const [lang, t] of cases) expect(speakers(t, lang, null), lang).toEqual(['Luca Brunner', 'Luca Brunner', 'Luca Brunner']);
  });
  it('a label that names someone does not', () => {
    const t = 'Coach Luca Brunner was angry after the game. “There was no reason to book the striker,” Brunner said. “He should have let it run.” Referee Tom Haller: “The rule is the rule for everyone.”';
    expect(speakers(t, 'en', null)[2]).not.toBe('Luca Brunner');
  });
});
