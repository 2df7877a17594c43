// Name spans the word lists would cut (function words, weekdays, elided articles, elided compounds), kept whole or
// cut by the text's own evidence. Invented text, the shipped models.
import { describe, expect, it } from 'vitest';
import { partyNames } from './analyse';

const names = partyNames;

describe('name spans', () => {
  it('keeps a function word that opens a name the text writes so again', () => {
    const text = 'Police arrested two people after Just Stop Oil activists blocked a road in Leeds on Monday.\n\nA spokesperson for Just Stop Oil said the group would return.';
    expect(names(text, 'en')).toContain('Just Stop Oil');
    expect(names(text, 'en')).not.toContain('Stop Oil');
  });

  it('counts a headline in sentence case as the second writing', () => {
    const text = 'Police arrested two people after Just Stop Oil activists blocked a road in Leeds on Monday.\n\nThe activists were released later that day, police said.';
    expect(names(text, 'en', 'Two arrested after Just Stop Oil protest in Leeds')).toContain('Just Stop Oil');
  });

  it('keeps no preposition opening a work’s title', () => {
    const text = 'Readers will learn a lot from Harold Bent’s new book, On Leadership, out this week.\n\nIn On Leadership, Bent writes about his years in office.';
    expect(names(text, 'en')).not.toContain('On Leadership');
  });

  it('keeps the article of a place the text names so again and again', () => {
    const text = 'Los bomberos llegaron a Los Gallardos el lunes por la noche.\n\nEn Los Gallardos, los vecinos fueron desalojados, según el alcalde, Pedro Martín Ruiz.\n\nEl fuego rodea Los Gallardos desde el norte.';
    expect(names(text, 'es')).toContain('Los Gallardos');
    expect(names(text, 'es')).not.toContain('Gallardos');
  });

  it('keeps a weekday’s name as a given name where the text writes weekdays in lower case', () => {
    const text = 'El incendio empezó el domingo por la tarde.\n\n“Es una tragedia”, dijo el alcalde de Lubrín, Domingo Antonio Ruiz Cano, a los vecinos.';
    expect(names(text, 'es')).toContain('Domingo Antonio Ruiz Cano');
  });

  it('still cuts a weekday before a name where the language capitalises weekdays', () => {
    const text = 'The council said Monday Tom Baker would lead the inquiry into the flooding.\n\n“We will learn from this,” Baker said.';
    expect(names(text, 'en').some((n) => n.startsWith('Monday'))).toBe(false);
  });

  it('ends a name before an article elided onto the next word', () => {
    const text = 'La Russie a confirmé le tir, confirmé par le Kremlin d’un missile hypersonique russe vers l’Ukraine.\n\nLe Kremlin a refusé de commenter.';
    expect(names(text, 'fr').some((n) => /d[’']$/.test(n))).toBe(false);
  });

  it('keeps a German compound elided to its hyphen inside the name', () => {
    const text = 'Das sagte die Forscherin Anna Lindqvist vom Hermann-Keller-Instituts für Boden- und Wasserforschung (HKI) am Dienstag.\n\nDas HKI hat neue Daten veröffentlicht.';
    expect(names(text, 'de')).toContain('Hermann-Keller-Instituts für Boden- und Wasserforschung');
  });
});
