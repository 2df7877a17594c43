// The grammatical role of a name decides whether it speaks: whom the words were said to ("sagte sie dem Blatt") never
// does; nor a clause after a verb ("Noting that only Sen. X …"); the subject read back from its verb is the name
// before its descriptions ("X, a spokesperson for Y, the operation against Z, told …") and the person before the
// body they belong to ("X of the Y Institute said", "X vom Y-Institut sprach"). Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { forwardMention } from '../../lib/analysis/attribution/mention';
import { rulesFor } from '../../lib/rules/languages';

const speakers = speakersOf;

describe('the grammatical role of a name', () => {
  it('never gives the words to whom they were said (a verb listed with its pronoun)', () => {
    const t = 'Die Forscherin Samantha Burgess warnte vor den Folgen. „Wir wissen aber, dass hohe Temperaturen an der Oberfläche mehr Feuchtigkeit abgeben“, sagte sie dem Morgenblatt.';
    expect(speakers(t, 'de')).toEqual(['Samantha Burgess']);
  });
  it('reads no speaker phrase that opens with a dative, in any language', () => {
    for (const [lang, t] of [['de', 'dem Morgenblatt.'], ['fr', 'au Journal du Soir.'], ['es', 'al Diario del Norte.'], ['en', 'to the Daily Post.']]) {
      expect(forwardMention(t!, 0, t!.length, rulesFor(lang!))).toBeNull();
    }
    expect(forwardMention('der Minister.', 0, 13, rulesFor('de'))).not.toBeNull();
  });
  it('reads no speaker in a clause a verb opens ("Noting that only Sen. X …, Y added:")', () => {
    const t = 'Ann Hill spoke about the gun bill on Tuesday.\n\nNoting that only Sen. Mark Rowe (R-Ill.) voted with Democrats on background checks, Hill added: “That is where your problem is.”';
    expect(speakers(t, 'en')).toEqual(['Ann Hill']);
  });
  it('reads the subject back past two descriptions', () => {
    const t = 'The camp has been under pressure for months.\n\nCmdr. Sean Albright, a spokesperson for Steady Shield, the naval operation against the smugglers, told a reporter on Monday that the claim “is patently false and misleading to everyone.”';
    expect(speakers(t, 'en')).toEqual(['Sean Albright']);
  });
  it('gives the words to the subject of the verb of saying, not of a clause inside what it reports', () => {
    const t = 'Ben Carter spoke to a radio station on Tuesday.\n\nCarter said the State Department had deemed the messages “top secret and too dangerous to share with anyone.”';
    expect(speakers(t, 'en')).toEqual(['Ben Carter']);
    const f = 'Inspector Lena Brooks testified for two days.\n\nIn her evidence, she said after the high court had ruled, on June 29, that the minister must resign, there had been “intelligence gathering at a high level to monitor the mood” in the country.';
    expect(speakers(f, 'en')).toEqual(['Lena Brooks']);
  });
  it('gives the words to the person, not to the body they belong to', () => {
    const en = 'The plan drew criticism on Monday. Michael Hanlon of the Brookings Institution said the plan was “a costly mistake for everyone involved.”';
    expect(speakers(en, 'en')).toEqual(['Michael Hanlon']);
    const de = 'Im Jahr 2023 stiegen die Temperaturen. Anders Lemberg vom Potsdam-Institut für Klimafolgenforschung (PIK) sprach angesichts der Rekordwerte von einem „monströsen Effekt auf das Wetter“, denn es brauche enorme Mengen Energie.';
    expect(speakers(de, 'de')).toEqual(['Anders Lemberg']);
  });
  it('ends a German phrase at a second article after a verb (its object)', () => {
    const t = 'Das schmälerte den Schweizer Frust aber nicht.';
    const m = forwardMention(t, 0, t.length, rulesFor('de'))!;
    expect(t.slice(m.s, m.e)).toBe('Das schmälerte');
    const r = 'die Vorsitzende der Grünen, später.';
    const n = forwardMention(r, 0, r.length, rulesFor('de'))!;
    expect(r.slice(n.s, n.e)).toBe('die Vorsitzende der Grünen');
  });
});

describe('a speaker is never a common word', () => {
  it('takes no sentence-initial adjective or interjection after a question for a speaker', () => {
    const t = 'I tested the bags in the mountains for a month.\n\nI once called a sleeping bag a “mummy bag” in front of my then 8-year-old who exclaimed, “What? Who would want to be a mummy?” Good question, kid. The answer is no one. The design is good for warmth.';
    const q = analyzeArticle({ text: t, lang: 'en' }, { ner: loadNerModel('en') }).quotes.find((x) => /mummy\?/.test(x.text))!;
    expect(q.speakerMention ?? '').not.toMatch(/^Good/);
  });
  it('keeps a quantifier or a speaking noun that opens the sentence ("Some said", "Aides said")', () => {
    const t = 'Many in the crowd had come from far away, and some had stayed overnight.\n\n“We will be back next year with even more people,” Some said as they left the hall.';
    expect(analyzeArticle({ text: t, lang: 'en' }, { ner: loadNerModel('en') }).quotes[0]!.speakerMention).toBe('Some');
  });
});

describe('a pronoun chain', () => {
  it('keeps the person the same pronoun stood for earlier in the paragraph, past a name the clause only mentions', () => {
    const t = 'The glaciers are melting fast.\n\nSoumitra Dasgupta leads the nonprofit Healthy Climate Initiative and lived in the foothills of the Himalayas before moving to the U.S. He is now working with Field and her colleagues, and estimates that the total cost of a field trial would be about two hundred and fifty thousand dollars. He told me that Himalayan glaciers are so crucial to global sea levels that the test has to go forward; he called the effort to save ice “our most important work to save humanity.”';
    expect(speakers(t, 'en')).toEqual(['Soumitra Dasgupta']);
  });
});
