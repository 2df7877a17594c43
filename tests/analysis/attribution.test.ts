// Who said it: attribution patterns and the resolution of he/she, surnames and roles to a full name.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const who = (text: string, lang = 'en') => analyzeArticle({ text, lang }).quotes.map((q) => [q.text, q.speaker, q.kind] as const);

describe('speaker attribution', () => {
  it('reads "Q," X said / said X / X said: "Q" / according to X', () => {
    const t = [
      '“The bridge will open in May,” Mayor Jane Porter said.',
      '“It will not,” said Tom Ashby, a local engineer.',
      'The contractor, Rita Velez, said: “We need two more months.”',
      'According to council member Omar Haddad, “the budget is gone.”',
    ].join('\n\n');
    expect(who(t).map((x) => x[1])).toEqual(['Jane Porter', 'Tom Ashby', 'Rita Velez', 'Omar Haddad']);
  });

  it('gives both parts of a split quotation the same speaker', () => {
    const r = who('“We are not against the plan,” Lena Fischer said, “but the timing is wrong.”');
    expect(r).toEqual([
      ['We are not against the plan,', 'Lena Fischer', 'full'],
      ['but the timing is wrong.', 'Lena Fischer', 'continuation'],
    ]);
  });

  it('attributes a partial quotation to the subject of its sentence', () => {
    const r = who('Finance Minister Karl Berg said the deal was “a fair compromise” for both sides.');
    expect(r).toEqual([['a fair compromise', 'Karl Berg', 'partial']]);
  });

  it('resolves he, she, a surname and a role named earlier to the full name', () => {
    const t = [
      'Health Minister Sara Lind presented the plan on Monday. Opposition leader Mark Dunn called it weak.',
      '“It is the best plan we have had,” she said.',
      '“It changes nothing,” Dunn said. “Nothing at all.”',
      '“We will publish every figure,” the minister added.',
    ].join('\n\n');
    expect(who(t).map((x) => x[1])).toEqual(['Sara Lind', 'Mark Dunn', 'Mark Dunn', 'Sara Lind']);
  });

  it('does not take an apposition after a partial quotation for its speaker', () => {
    const t = 'Zabihullah Mujahid, the chief spokesman, spoke on Tuesday. He expressed the hope that Pakistan would arrive with “realistic and implementable demands,” a formulation suggesting impatience.';
    expect(who(t)).toEqual([['realistic and implementable demands,', 'Zabihullah Mujahid', 'partial']]);
  });

  it('keeps two people who share a surname apart', () => {
    const t = [
      'Agriculture Minister Maria Keller defended the cuts. “The offer is fair,” Keller said.',
      'Among the farmers was Tom Keller, who is no relation to the minister. “I cannot pay,” Mr Keller said.',
      '“My door is open,” the minister said.',
    ].join('\n\n');
    expect(who(t).map((x) => x[1])).toEqual(['Maria Keller', 'Tom Keller', 'Maria Keller']);
  });

  it('gives the words of an unnamed spokesperson to the organisation, and a capital’s to its country', () => {
    const t = [
      'Brannock Resources ran the mine until 2023. A spokesman for Brannock said the company “rejects any suggestion” of negligence.',
      'Islamabad said the talks had been “constructive”.',
    ].join('\n\n');
    expect(who(t).map((x) => x[1])).toEqual(['Brannock Resources', 'Pakistan']);
  });

  it('leaves chants, signs and anonymous sources without a speaker but keeps the mention', () => {
    const r = analyzeArticle({ text: 'Fans chanted “Build it now!” outside.\n\n“Nobody else can do this,” according to a Western diplomat in Doha.' });
    expect(r.quotes.map((q) => q.speaker)).toEqual([null, null]);
    expect(r.quotes[1]!.speakerMention).toMatch(/Western diplomat/);
    expect(r.quotes.some((q) => q.key && q.text.startsWith('Build'))).toBe(false);
  });

  it('reads German and Italian verbs of saying', () => {
    expect(who('„Wir haben dreimal verhandelt“, sagte Gewerkschafterin Claudia Reimers.', 'de')[0]![1]).toBe('Claudia Reimers');
    expect(who('«Oggi restituiamo il centro a chi ci vive», ha detto la sindaca Giulia Martelli.', 'it')[0]![1]).toBe('Giulia Martelli');
  });

  it('marks substantive statements key, not scare quotes or titles', () => {
    const r = analyzeArticle({
      text: 'The scheme, marketed as a “partnership discount”, was part of Operation “Desert Wind”. “This decision punishes a company for offering lower prices,” said Daniel Okafor, the general counsel.',
    });
    const key = r.quotes.filter((q) => q.key).map((q) => q.text);
    expect(key).toEqual(['This decision punishes a company for offering lower prices,']);
  });
});

describe('he or she after an organisation spoke', () => {
  it('goes to the person named since, not to the organisation that spoke last', () => {
    const t = [
      'The Brightwater Milling Company said it was “surprised” by the vote. A spokeswoman for the company said the offer was “the best in the valley this year”.',
      'The company’s managing director, Owen Thale, told investors in May that grain prices had doubled. He said the firm could not “pay more for the same flour”.',
    ].join('\n\n');
    const qs = who(t);
    expect(qs.find(([q]) => q === 'pay more for the same flour')?.[1]).toBe('Owen Thale');
    expect(qs.find(([q]) => q === 'the best in the valley this year')?.[1]).toBe('Brightwater Milling Company');
  });

  it('stays with the organisation while no person is named in between', () => {
    const t = 'A spokesman for the Kessing Water Board said: “We are doing all we can.” “The pipes are old,” he added.';
    expect(who(t).find(([q]) => q === 'The pipes are old,')?.[1]).toBe('Kessing Water Board');
  });
});

describe('speakers named with an apposition, without a comma, or after a title', () => {
  const speakers = (text: string) => analyzeArticle({ text, lang: 'en' }).quotes.map((q) => q.speaker);
  it('take the name before an apposition that ends on a participle-like word', () => {
    expect(speakers('The fund grew. “We are open to new things,” Jenna Holm, the director of political advertising, said of the plan.')).toEqual(['Jenna Holm']);
  });
  it('take a name after a quotation that opens its sentence and lacks its comma', () => {
    expect(speakers('The race went on. “The caucus is a battle of niches” Grubbs said.')).toEqual(['Grubbs']);
  });
  it('split a title and its domain from a name at a sentence start', () => {
    const r = analyzeArticle({ text: 'Secretary of State Mara Olsen urged voters to back Tom Brick, saying, “There is a special place for those who stay home.”', lang: 'en' });
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Mara Olsen']);
    expect(r.parties.find((p) => p.name === 'Mara Olsen')?.description).toBe('Secretary of State');
  });
});

describe('verbs with a reflexive, and verbs without a subject', () => {
  const speakers = (text: string, lang: string) => analyzeArticle({ text, lang }).quotes.map((q) => q.speaker);
  it('read "ereiferte sich der Trainer" as the role speaking, with the sentence going on', () => {
    const t = 'Der Nationaltrainer Murat Kessler war nach dem Spiel wütend. „Das ist eine Regel ohne Sinn“, ereiferte sich der Trainer nach dem Spiel.';
    expect(speakers(t, 'de')).toEqual(['Murat Kessler']);
  });
  it('give a verb of saying alone after the quotation the person the text is about, where subjects are dropped', () => {
    const t = 'Marta Ruiz ganó la carrera el domingo. "He estado muchas veces ante los comisarios", confesó.';
    expect(speakers(t, 'es')).toEqual(['Marta Ruiz']);
    // English keeps its subjects: no such reading
    expect(speakers('Mara Olsen won the race on Sunday. “I have been here many times,” admitted.', 'en')).toEqual([null]);
  });
});

describe('a colon’s sentence opened by a fronted clause', () => {
  it('takes the subject after the clause, not a name inside it (with the English model, as the product runs)', () => {
    const ner = loadNerModel('en');
    const t = 'Ed Vance was a governor. When Vance died in 1998, President Tom Brick released the following statement: “We offer our condolences to his family.”';
    expect(analyzeArticle({ text: t, lang: 'en' }, { ner }).quotes.map((q) => q.speaker)).toEqual(['Tom Brick']);
  });
});
