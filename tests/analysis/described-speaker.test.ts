// A description that names nobody ("the attendees", "esta vecina") as the subject of the quotation's own verb of
// saying speaks the words: not the person named in an earlier clause of the sentence. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const first = (text: string, lang: string) => { const q = analyse(text, lang).quotes[0]!; return { speaker: q.speaker, mention: q.speakerMention }; };

describe('a description as the subject of the verb of saying', () => {
  it('English: "As Ford attacked Lee, the attendees chanted, “…”" is the attendees’, not Ford’s', () => {
    const t = 'Rally ends in chants\n\nMartin Ford spoke for an hour in Leeds on Friday.\n\n'
      + 'As Ford attacked Lee, the attendees chanted, “Send him home!” before the band played.';
    expect(first(t, 'en')).toEqual({ speaker: null, mention: 'the attendees' });
  });

  it('Spanish: "Mientras Ruiz saludaba …, esta vecina insiste en que “…”" is the neighbour’s', () => {
    const t = 'Quejas por el ruido\n\nLa alcaldesa Marta Ruiz visitó el barrio el lunes.\n\n'
      + 'Mientras Ruiz saludaba a los comerciantes, esta vecina insiste en que “no hay ningún control de coches”.';
    expect(first(t, 'es')).toEqual({ speaker: null, mention: 'esta vecina' });
  });

  it('not a passive: "their teams have been urged to “…”" names no speaker from the description', () => {
    const t = 'Doctors warned\n\nHealth minister Ann Cole spoke on Monday.\n\n'
      + 'After Cole spoke, family doctors and their teams have been urged to “remain vigilant at all times”.';
    expect(first(t, 'en').mention).not.toBe('their teams');
  });

  it('not a clause reported under a verb of saying before it: Glenn said … its allies respond to “…”', () => {
    const t = 'Drills end\n\nThe exercise ran for a week.\n\n'
      + 'Colonel Stuart Glenn said the drills were aimed at helping the army and its allies respond to “any crisis or contingencies.”';
    expect(first(t, 'en')).toEqual({ speaker: 'Stuart Glenn', mention: 'Colonel Stuart Glenn' });
  });
});
