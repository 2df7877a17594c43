// The learnt speaker ranker, as the product runs it (the language's tagger model, the trained weights): what it must
// keep from the rules — an explicit "X said" wins, a verbless quotation paragraph continues the last speaker, a
// description goes to the named person it stands for, nobody speaks where nobody is there — in several languages.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { FEATURES } from '../../lib/analysis/attribution/candidates';
import { best, DEFAULT_RANKER, weightVector } from '../../lib/analysis/attribution/ranker';

const run = (text: string, lang: string, ranker?: null) => analyzeArticle({ text, lang }, { ner: loadNerModel(lang), attribution: { ranker } });
const speakers = (text: string, lang: string) => run(text, lang).quotes.map((q) => q.speaker);

describe('the weights', () => {
  it('are a handful, each named by a feature the code computes', () => {
    const names = Object.keys(DEFAULT_RANKER.weights);
    expect(names.length).toBeGreaterThan(10);
    expect(names.length).toBeLessThanOrEqual(60);
    for (const n of names) expect(FEATURES).toContain(n);
    expect(() => weightVector({ weights: { surnameIsSmith: 1 } })).toThrow(/unknown feature/);
  });

  it('decide the speaker: weights that favour nobody leave every quotation without a speaker, and the quotations stay', () => {
    const t = '“We will build the bridge,” said Anna Berg, the mayor. “The plan is late,” said Ruth Olsen, who runs the council.';
    const r = analyzeArticle({ text: t, lang: 'en' }, { ner: loadNerModel('en'), attribution: { ranker: { weights: { nobody: 100 } } } });
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(speakers(t, 'en')).toEqual(['Anna Berg', 'Ruth Olsen']);
  });

  it('give a tie to the cascade’s answer', () => {
    const x = () => new Float64Array(FEATURES.length);
    const cands = [{ who: null, mention: null, name: null, cascade: false, nobody: true, x: x() }, { who: 1, mention: 'A', name: 'A', cascade: true, nobody: false, x: x() }];
    expect(best(new Float64Array(FEATURES.length), cands)).toBe(1);
  });
});

describe('an explicit verb of saying', () => {
  it('gives its subject, not the previous speaker nor a nearer name', () => {
    const cases: [string, string, string[]][] = [
      ['en', '“We will build the bridge,” said Anna Berg, the mayor. Tom Keller, the builder, listened. “The plan is late,” said Ruth Olsen, who runs the council.', ['Anna Berg', 'Ruth Olsen']],
      ['de', '„Wir bauen die Brücke“, sagte Anna Berger, die Bürgermeisterin. Thomas Keller hörte zu. „Der Plan ist zu spät“, sagte Ruth Olsen vom Stadtrat.', ['Anna Berger', 'Ruth Olsen']],
      ['fr', '« Nous construirons le pont », a déclaré Anne Bernard, la maire. Thomas Keller écoutait. « Le projet est en retard », a dit Ruth Olsen, conseillère municipale.', ['Anne Bernard', 'Ruth Olsen']],
      ['es', '«Construiremos el puente», dijo Ana Beltrán, la alcaldesa. Tomás Keller escuchaba. «El plan va con retraso», dijo Ruth Olsen, concejala.', ['Ana Beltrán', 'Ruth Olsen']],
    ];
    for (const [lang, text, want] of cases) expect(speakers(text, lang), lang).toEqual(want);
  });
});

describe('a quotation paragraph without a verb of its own', () => {
  it('continues the speaker of the quotation just before', () => {
    const cases: [string, string, string][] = [
      ['en', 'Coach Lena Vogt was pleased after the match. “We played with courage,” she said.\n\n“The young players were the best on the pitch. Next week we want to win again.”', 'Lena Vogt'],
      ['de', 'Trainerin Lena Vogt war nach dem Spiel zufrieden. „Wir haben mutig gespielt“, sagte sie.\n\n„Die jungen Spieler waren die besten auf dem Platz. Nächste Woche wollen wir wieder gewinnen.“', 'Lena Vogt'],
      ['fr', 'L’entraîneuse Léa Vogt était satisfaite après le match. « Nous avons joué avec courage », a-t-elle déclaré.\n\n« Les jeunes joueurs ont été les meilleurs sur le terrain. La semaine prochaine, nous voulons gagner encore. »', 'Léa Vogt'],
      ['es', 'La entrenadora Lena Vogt estaba satisfecha tras el partido. «Jugamos con valentía», dijo.\n\n«Los jóvenes fueron los mejores en el campo. La semana que viene queremos volver a ganar.»', 'Lena Vogt'],
    ];
    for (const [lang, text, want] of cases) {
      const s = speakers(text, lang);
      expect(s, lang).toHaveLength(2);
      expect(s[1], lang).toBe(want);
    }
  });
});

describe('a description', () => {
  it('goes to the named person it stands for', () => {
    const cases: [string, string, string][] = [
      ['en', 'Minister Paul Dorn visited the harbour on Monday. Workers showed him the old cranes. “We need more ships,” the minister said.', 'Paul Dorn'],
      ['de', 'Ministerin Paula Dorn besuchte am Montag den Hafen. Arbeiter zeigten ihr die alten Kräne. „Wir brauchen mehr Schiffe“, sagte die Ministerin.', 'Paula Dorn'],
      ['fr', 'La ministre Paula Dorn a visité le port lundi. Des ouvriers lui ont montré les vieilles grues. « Il nous faut plus de navires », a déclaré la ministre.', 'Paula Dorn'],
      ['es', 'La ministra Paula Dorn visitó el puerto el lunes. Los obreros le mostraron las grúas viejas. «Necesitamos más barcos», dijo la ministra.', 'Paula Dorn'],
    ];
    for (const [lang, text, want] of cases) expect(speakers(text, lang), lang).toEqual([want]);
  });
});

describe('nobody', () => {
  it('speaks a quotation with no plausible person around it', () => {
    const en = 'The old bridge was closed for repairs in March.\n\nThe sign at the gate said nothing more than that, and traffic moved to the ferry.\n\n“Closed until further notice, for the safety of all travellers and their vehicles.”';
    const de = 'Die alte Brücke wurde im März für Reparaturen gesperrt.\n\n„Gesperrt bis auf Weiteres, zur Sicherheit aller Reisenden und ihrer Fahrzeuge.“';
    for (const [lang, text] of [['en', en], ['de', de]] as const) {
      const qs = run(text, lang).quotes;
      for (const q of qs) expect(q.speaker, lang).toBeNull();
    }
  });

  it('and the rules alone (ranker: null) agree on the explicit cases', () => {
    const t = '“We will build the bridge,” said Anna Berg, the mayor. “The plan is late,” said Ruth Olsen, who runs the council.';
    expect(run(t, 'en', null).quotes.map((q) => q.speaker)).toEqual(speakers(t, 'en'));
  });
});
