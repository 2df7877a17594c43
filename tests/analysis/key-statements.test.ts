// A key quote reads as a statement on its own: words in marks that the writer's sentence carries are no key quote
// however their quotation is classed, and a continuation inside the writer's next sentence is not appended to the
// key quote before it. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { joinSplitQuotes, keyScore } from '../../lib/analysis/keyquotes';
import { rulesFor } from '../../lib/rules/languages';
import type { Quote } from '../../lib/types';

const quote = (text: string, all: string, more: Partial<Quote> = {}): Quote =>
  ({ text, speaker: 'Eva Lund', speakerMention: 'Lund', key: true, kind: 'continuation', start: all.indexOf(text), end: all.indexOf(text) + text.length, ...more });

describe('words in marks the writer’s sentence carries', () => {
  it('are not key when they start mid-clause in lower case', () => {
    const t = '“We will rebuild the harbour before the winter comes,” Mayor Eva Lund said on Monday, adding that the council “considers very seriously any complaint from residents” about the works.';
    const qs = analyse(t, 'en').quotes;
    expect(qs.find((q) => q.text.startsWith('We will rebuild'))?.key).toBe(true);
    expect(qs.find((q) => q.text.startsWith('considers'))?.key).toBe(false);
  });

  it('are not key right after an article of the sentence around them', () => {
    const t = 'Ohne eine solche Prüfung sei eine „Verlängerung der Arbeitszeit nicht zu begründen“.';
    const q = quote('Verlängerung der Arbeitszeit nicht zu begründen', t, { kind: 'full' });
    expect(keyScore(q, t, rulesFor('de'))).toBe(0);
    expect(keyScore(q)).toBeGreaterThan(0);
  });

  it('are not key after the writer’s comma in a sentence that strings another quoted fragment', () => {
    const t = 'Lund said the board may not “simply close” the harbour to fishing boats, “and cut the town off from the sea”.';
    const q = quote('and cut the town off from the sea', t, { kind: 'full' });
    expect(keyScore(q, t, rulesFor('en'))).toBe(0);
    const fr = 'La maire juge la fermeture « brutale » pour les pêcheurs, « qui perdent tout leur revenu d’un coup ».';
    expect(keyScore(quote('qui perdent tout leur revenu d’un coup', fr, { kind: 'full' }), fr, rulesFor('fr'))).toBe(0);
    const named = 'Der Hafen habe „das Momentum auf seiner Seite“ gehabt, so Lund, „wir waren dominant und schnell“.';
    expect(keyScore(quote('wir waren dominant und schnell', named, { kind: 'full' }), named, rulesFor('de'))).toBeGreaterThan(0);
    const own = '“Today,” Eva Lund said, “we will rebuild the harbour.”';
    expect(keyScore(quote('we will rebuild the harbour.', own, { kind: 'full' }), own, rulesFor('en'))).toBeGreaterThan(0);
  });

  it('leave a statement of its own key, and the second half of a split sentence', () => {
    const own = 'Lund sagte: „Wir bauen den Hafen vor dem Winter wieder auf.“';
    expect(keyScore(quote('Wir bauen den Hafen vor dem Winter wieder auf.', own, { kind: 'full' }), own, rulesFor('de'))).toBeGreaterThan(0);
    const para = 'Schon ein Milligramm kann tödlich sein\n\n„Wir können nur von außen löschen, weil man nicht mehr hereinkommt.“';
    expect(keyScore(quote('Wir können nur von außen löschen, weil man nicht mehr hereinkommt.', para, { kind: 'full' }), para, rulesFor('de'))).toBeGreaterThan(0);
    const framed = 'Pour la maire, « il faut rouvrir le port avant l’hiver ».';
    expect(keyScore(quote('il faut rouvrir le port avant l’hiver', framed, { kind: 'full' }), framed, rulesFor('fr'))).toBeGreaterThan(0);
    const split = '“Today,” Eva Lund said, “we will rebuild the harbour before the winter comes.”';
    expect(keyScore(quote('we will rebuild the harbour before the winter comes.', split), split, rulesFor('en'))).toBeGreaterThan(0);
  });
});

describe('a continuation after a sentence end', () => {
  it('is not appended when it sits inside the writer’s next sentence', () => {
    const t = 'À ses yeux, « le port ne rouvrira pas avant l’hiver et les pêcheurs en paieront le prix ». Elle dit avoir « prévenu la mairie » des risques.';
    const a = quote('le port ne rouvrira pas avant l’hiver et les pêcheurs en paieront le prix', t, { kind: 'partial' });
    const b = quote('prévenu la mairie', t, { key: false });
    expect(joinSplitQuotes([a, b], t).map((x) => x.text)).toEqual([a.text, b.text]);
  });

  it('is appended when it starts a sentence of its own (“…,” she said. “…”)', () => {
    const t = '“We will see the harbour shake out a bit,” Lund said. “Not every boat will stay.”';
    const a = quote('We will see the harbour shake out a bit,', t, { kind: 'full' });
    const b = quote('Not every boat will stay.', t);
    expect(joinSplitQuotes([a, b], t).map((x) => x.text)).toEqual(['We will see the harbour shake out a bit … Not every boat will stay.']);
  });
});

describe('a line performed, recited or sung', () => {
  const t = 'Protest stops a play\n\nActivists climbed on stage during a performance of Hamlet starring Eva Lund on Monday.\n\n'
    + 'They rushed forward just after Lund delivered the lines: “To be, or not to be, that is the question.”\n\n'
    + 'Later Lund said: “We were frightened, but the audience stayed calm and kind to us.”';
  it('is no key quote of the performer, though her own words after the show are', () => {
    const qs = analyse(t, 'en').quotes;
    expect(qs.find((q) => q.text.startsWith('To be'))?.key).toBe(false);
    expect(qs.find((q) => q.text.startsWith('We were frightened'))?.key).toBe(true);
  });
  it('is read from the words just before the quotation, in the page’s language', () => {
    const de = 'Auf der Bühne sang die Sängerin Eva Lund: „Wir fliegen heute Nacht über alle Berge davon.“';
    const q = quote('Wir fliegen heute Nacht über alle Berge davon.', de, { kind: 'full' });
    expect(keyScore(q, de, rulesFor('de'))).toBe(0);
    expect(keyScore(q, de.replace('sang', 'sagte'), rulesFor('de'))).toBeGreaterThan(0);
  });
});
