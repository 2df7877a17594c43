// Speakers from structure where words fail: a quotation set off by punctuation alone from the one person its
// sentence names is that person's words, in a language without a list of verbs of saying (Turkish) or with a verb
// its list lacks. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a quotation beside the one person its sentence names', () => {
  it('Turkish: the name, a comma, the quotation and a verb nobody listed', () => {
    const t = 'Belediye yeni bütçeyi açıkladı\n\nİzmir Belediye Başkanı Cemil Tugay, salı günü meclis toplantısında yeni bütçeyi sundu.\n\nTugay, "Bu bütçe kent için büyük bir adım olacak" dedi.\n\nMuhalefet grubu bütçeyi eleştirdi.';
    expect(speakersOf(t, 'tr')).toEqual(['Cemil Tugay']);
  });
  it('Turkish: two people in the sentence decide nothing', () => {
    const t = 'Belediye yeni bütçeyi açıkladı\n\nİzmir Belediye Başkanı Cemil Tugay, salı günü meclis toplantısında yeni bütçeyi sundu.\n\nTugay, Ayşe Demir ile görüştükten sonra "Bu bütçe kent için büyük bir adım olacak" dedi.';
    expect(speakersOf(t, 'tr')).toEqual([null]);
  });
  it('Italian: a verb the list lacks after the name, a comma and the quotation', () => {
    const t = 'Il bilancio del comune\n\nIeri il sindaco Giuseppe Sala ha presentato il nuovo bilancio del comune.\n\nSala, «Non possiamo accettare altri tagli alla sanità», ha tuonato contro il governo.';
    expect(speakersOf(t, 'it')).toEqual(['Giuseppe Sala']);
  });
  it('Russian: the name, a comma and the quotation, no verb at all', () => {
    const t = 'Новый бюджет города\n\nМэр Москвы Сергей Собянин представил во вторник новый бюджет города.\n\nСобянин, «Мы построим ещё двадцать новых школ».';
    // (the parties' name glues the genitive before it: "Москвы Сергей Собянин"; the speaker is the person all the same)
    expect(speakersOf(t, 'ru')[0]).toMatch(/Сергей Собянин$/);
  });
  it('Polish: a verb the list lacks after the quotation', () => {
    const t = 'Nowy budżet miasta\n\nPrezydent Warszawy Rafał Trzaskowski przedstawił we wtorek nowy budżet miasta.\n\nTrzaskowski, „Zbudujemy dwadzieścia nowych szkół w ciągu trzech lat”, grzmiał na sesji rady.';
    expect(speakersOf(t, 'pl')[0]).toMatch(/Rafał Trzaskowski$/);
  });
  it('Dutch: a verb the list lacks after the quotation', () => {
    const t = 'Nieuwe begroting voor de stad\n\nBurgemeester Femke Halsema van Amsterdam presenteerde dinsdag de nieuwe begroting.\n\nHalsema, "We bouwen twintig nieuwe scholen in drie jaar", sneerde naar de oppositie.';
    expect(speakersOf(t, 'nl')[0]).toMatch(/Halsema$/);
  });
  it('English: a name governed by a preposition before the colon is no source', () => {
    const t = 'Labor secretary campaigns\n\nThomas Perez hammered Donald Trump on Tuesday.\n\nHe contrasted the Republican candidate with Clinton: "What I have seen working with her is a steady hand."';
    expect(speakersOf(t, 'en')).not.toContain('Clinton');
  });
});
