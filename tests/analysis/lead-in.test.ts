// A quotation that runs over several paragraphs with no attribution of its own takes its speaker from the paragraph
// just before it: the speaker of the quotation that paragraph ends with, or the person its last sentence is about.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const speakers = (text: string, lang: string) => analyse(text, lang).quotes.map((q) => [q.text.slice(0, 12), q.speaker]);

const EN = `Minister Karla Berndt spoke on Monday in Kiel about the harbour.

"We need more room for the ships," Berndt said.

However, Nordport Logistics pipelines executive Jonas Petersen has doubts about the plan.

"The costs are far too high. Nobody has done the sums," he said.

The head of Nordport's engineering unit, Sam Okafor, says the real problem is the weather.

"We have a lot of trouble with the storms already.

"In the end the citizens pay the bill."

The ministry will decide in the autumn.`;

const CONTINUED = `Tom Hale beat Luc Moreau in straight sets on Tuesday.

Moreau fell on the baseline in the second set but went on.

But Hale struck at the next chance and served out the match.

"He is one of the most skilful players on the tour, and he always causes chaos," said the 36-year-old.

"I hope it was entertaining, there were some fun points.

"It was a long one, as it was always going to be."

Hale will meet Grigor Dimitrov in the second round.`;

const DE = `Die Ministerin Karla Berndt sprach am Montag in Kiel über den Ausbau des Hafens.

„Wir brauchen mehr Platz für die Schiffe“, sagte Berndt.

Der Hafenmeister Jonas Petersen sieht das Vorhaben dagegen kritisch.

„Die Kosten sind viel zu hoch. Wir haben das nie durchgerechnet.

„Am Ende zahlen die Bürger die Rechnung.“

Das Ministerium will im Herbst entscheiden.`;

const FR = `La ministre Karla Berndt a parlé lundi à Brest du port.

« Nous avons besoin de plus de place pour les navires », a déclaré Berndt.

Le capitaine du port Jonas Petersen juge le projet trop coûteux.

« Les coûts sont beaucoup trop élevés. Nous n’avons jamais fait les calculs.

« À la fin, ce sont les citoyens qui paient la facture. »`;

describe('a quotation over several paragraphs after the paragraph that leads into it', () => {
  it('goes to the subject of the verb of saying before it, every part of it (en)', () => {
    const out = speakers(EN, 'en');
    expect(out.slice(2)).toEqual([['We have a lo', 'Sam Okafor'], ['In the end t', 'Sam Okafor']]);
  });

  it('goes to the person the paragraph before is about, with no verb of saying (de, fr)', () => {
    expect(speakers(DE, 'de').slice(1)).toEqual([['Die Kosten s', 'Jonas Petersen'], ['Am Ende zahl', 'Jonas Petersen']]);
    expect(speakers(FR, 'fr').slice(1)).toEqual([['Les coûts so', 'Jonas Petersen'], ['À la fin, ce', 'Jonas Petersen']]);
  });

  it('goes on with the speaker of the quotation the paragraph before ends with', () => {
    const out = speakers(CONTINUED, 'en');
    expect(out.map(([, s]) => s)).toEqual(['Tom Hale', 'Tom Hale', 'Tom Hale']);
  });

  it('leaves a report quoted at length in the third person to nobody, after a paragraph about a person', () => {
    const text = `Karla Berndt weighed the harbour plan on Monday.

Berndt considering the plan comes after protests in Kiel turned into a campaign against it.

"Thousands of residents gathered outside the town hall. They chanted against the plan.

"A local teacher who organised the protest wrote that the main demand was a vote."`;
    expect(analyse(text, 'en').quotes.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('leaves the first speaker the quotations the text gives them', () => {
    expect(speakers(DE, 'de')[0]).toEqual(['Wir brauchen', 'Karla Berndt']);
  });
});

describe('the subject a pronoun after it stands for', () => {
  it('is the person whose title names a body, not the last speaker', () => {
    const q = analyse(EN, 'en').quotes.find((x) => x.text.startsWith('The costs'))!;
    expect(q.speaker).toBe('Jonas Petersen');
  });

  it('is a person after a sentence-opening conjunction ("But Hale struck")', () => {
    const q = analyse(CONTINUED, 'en').quotes[0]!;
    expect(q.speaker).toBe('Tom Hale');
  });
});
