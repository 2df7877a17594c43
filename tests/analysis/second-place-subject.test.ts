// German puts the finite verb second: after a fronted phrase the subject follows the verb ("Gleich zu Beginn der
// Synode gibt Präsidentin Anna Berger den Ton vor: „…“"). The one person named there speaks the quotation the
// colon announces; with two persons named the sentence is left to the other patterns.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';


describe('a German subject after the verb, before a colon', () => {
  it('speaks the quotation', () => {
    const t = 'Gleich zu Beginn der bayerischen Landessynode gibt Präsidentin Anna Berger den Ton vor: „Wir haben als Kirche viel zu lange geschwiegen.“';
    expect(speakerOf(t, 'Wir haben als Kirche', 'de')).toBe('Anna Berger');
  });

  it('may follow "es" and an adverb', () => {
    const t = 'Die Zinsen bleiben hoch. Ähnlich sieht es auch Jonas Weber von der Landesbank: „Eine Senkung erwartet derzeit niemand.“';
    expect(speakerOf(t, 'Eine Senkung', 'de')).toBe('Jonas Weber');
  });

  it('is no guess where the sentence names two persons', () => {
    const t = 'Nach dem Treffen mit Olaf Brandt lobte Bürgermeisterin Eva Kühn die Pläne in einem Brief an Thomas Roth: „Das ist ein guter Tag.“';
    expect(speakerOf(t, 'guter Tag', 'de')).not.toBe('Thomas Roth');
  });
});
