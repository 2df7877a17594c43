// Credits are no parties: a line of names opened by a credit phrase, a caption's credit, a contributor line, a
// sign-off closing the story; a person the story names in its running text stays. Invented text, spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const names = (text: string, tagged: [string, EntitySpan['type'], number][], lang = 'en') =>
  buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged)).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('credits', () => {
  it('a reporting and editing line makes no party, nor the places reporters file from', () => {
    const text = 'The harbour board of Kelby voted on Monday to close the old pier, Mara Olsen said.\n\n'
      + 'Reporting by Tom Brick in Dunmore and Ada Lenz in Harwick; Writing by Piet Haas; Editing by Nils Graf.';
    const ps = names(text, [['Kelby', 'LOC', 0.9], ['Mara Olsen', 'PER', 0.9], ['Tom Brick', 'PER', 0.9], ['Dunmore', 'LOC', 0.9], ['Ada Lenz', 'PER', 0.9], ['Harwick', 'LOC', 0.9], ['Piet Haas', 'PER', 0.9], ['Nils Graf', 'PER', 0.9]]);
    expect(ps).toContain('Mara Olsen');
    for (const n of ['Tom Brick', 'Dunmore', 'Ada Lenz', 'Harwick', 'Piet Haas', 'Nils Graf']) expect(ps).not.toContain(n);
  });

  it('a contributor line and a photo credit run into a caption make no party', () => {
    const text = 'The pier at Kelby, seen from the water at dawn.Photograph by Lars Berg\n\n'
      + 'The harbour board voted on Monday to close the old pier, Mara Olsen said. Olsen has run the port since 2019.\n\n'
      + 'Northern Desk writer Ivo Stam in Harwick contributed.';
    const ps = names(text, [['Kelby', 'LOC', 0.9], ['Lars Berg', 'PER', 0.9], ['Mara Olsen', 'PER', 0.9], ['Olsen', 'PER', 0.9], ['Northern Desk', 'ORG', 0.9], ['Ivo Stam', 'PER', 0.9], ['Harwick', 'LOC', 0.9]]);
    expect(ps).toContain('Mara Olsen');
    for (const n of ['Lars Berg', 'Ivo Stam', 'Harwick']) expect(ps).not.toContain(n);
  });

  it('a sign-off that closes the story makes no party; a named person in its text stays', () => {
    const text = 'Der Hafen von Kelby bleibt geschlossen, sagte Mara Olsen am Montag. Auch Tom Brick war dafür.\n\n'
      + 'Die Arbeiten dauern bis Juni. (Ada Lenz aus Harwick, Tom Brick, 3.5.2024)';
    const ps = names(text, [['Kelby', 'LOC', 0.9], ['Mara Olsen', 'PER', 0.9], ['Tom Brick', 'PER', 0.9], ['Ada Lenz', 'PER', 0.9], ['Harwick', 'LOC', 0.9], ['Tom Brick', 'PER', 0.9]], 'de');
    expect(ps).toContain('Mara Olsen');
    expect(ps).toContain('Tom Brick');
    for (const n of ['Ada Lenz', 'Harwick']) expect(ps).not.toContain(n);
  });

  it('a sign-off before the furniture the extraction kept, with a name the tagger mistypes unsure, makes no party', () => {
    const text = 'Der Hafen von Kelby bleibt geschlossen, sagte Mara Olsen am Montag.\n\n'
      + 'Die Arbeiten dauern bis Juni. (Ada Lenz aus Harwick, Lisa Maria Dorn, Jan Piet Haas, 3.5.2024)\n\nForum: 5 Postings\n\nIhre Meinung zählt.';
    const ps = names(text, [['Kelby', 'LOC', 0.9], ['Mara Olsen', 'PER', 0.9], ['Ada Lenz', 'PER', 0.7], ['Harwick', 'LOC', 0.9], ['Lisa Maria Dorn', 'ORG', 0.2], ['Piet Haas', 'PER', 0.9]], 'de');
    expect(ps).toContain('Mara Olsen');
    for (const n of ['Ada Lenz', 'Harwick', 'Lisa Maria Dorn', 'Piet Haas']) expect(ps).not.toContain(n);
  });

  it('a short line of prose that opens with a credit word is no credit', () => {
    const text = 'By Monday, Mara Olsen had closed the pier of Kelby for good.\n\nThe board met on Tuesday.';
    expect(names(text, [['Mara Olsen', 'PER', 0.9], ['Kelby', 'LOC', 0.9]])).toContain('Mara Olsen');
  });
});
