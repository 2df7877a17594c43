// A name in quotation marks inside the words that attribute a quotation ("…“, sagte Trainer X bei „Sky“. „…“") is no
// quotation of its own, so the next quotation goes on with the speaker before it, as it would without the name.
// Invented text.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

describe('a quoted name inside an attribution', () => {
  it('lets the next quotation carry on the speaker (German, a broadcaster in quotation marks)', () => {
    const t = 'Niederlage in Hamburg\n\nDer Gastgeber gewann am Abend mit 3:1.\n\n„Wir waren nicht gut genug“, sagte der Trainer Paul Hegner bei „Sky“. „Ich weiß, was das bedeutet, ich kann es jetzt nicht mehr ändern.“';
    expect(speakersOf(t, 'de')).toEqual(['Paul Hegner', 'Paul Hegner']);
  });
  it('carries it over a verb joined by "und" too', () => {
    const t = 'Niederlage in Hamburg\n\nPaul Hegner trainiert die Mannschaft seit zwei Jahren.\n\n„Das ist eine Regel, die mit Fußball nichts zu tun hat“, ereiferte sich der Trainer der „Adler“ nach dem Spiel und behauptete: „Wir sind für einen Fehler des Schiedsrichters bestraft worden.“';
    expect(speakersOf(t, 'de')).toEqual(['Paul Hegner', 'Paul Hegner']);
  });
});
