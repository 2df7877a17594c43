// A platform or a name the text writes on its own, right before a full name the tagger split from it, is no given
// name of that person ("na Twitter Gary Lineker"). Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const names = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged), { strict: true }).live().filter((p) => p.mentions.length).map((p) => p.name);

describe('a label before a full name', () => {
  it('leaves a platform out of the person\'s name', () => {
    const text = 'Výhru okomentoval na Twitter Marek Holan, bývalý útočník. Holan je nadšený.';
    const got = names('cs', text, [['Twitter', 'ORG', 0.45], ['Marek Holan', 'PER', 0.6], ['Holan', 'PER', 0.5]]);
    expect(got).toContain('Marek Holan');
    expect(got).not.toContain('Twitter Marek Holan');
  });

  it('leaves out a name the text writes alone elsewhere', () => {
    const text = 'Zprávu přinesl deník Kurýr v pondělí. Podle listu Kurýr Marek Holan odejde. Holan to nepotvrdil.';
    const got = names('cs', text, [['Kurýr', 'ORG', 0.4], ['Kurýr', 'ORG', 0.4], ['Marek Holan', 'PER', 0.6], ['Holan', 'PER', 0.5]]);
    expect(got).toContain('Marek Holan');
    expect(got).not.toContain('Kurýr Marek Holan');
  });

  it('still joins a given name the tagger cut off', () => {
    const text = 'V pondělí promluvila soudkyně Amy Coney Barrett k novinářům.';
    expect(names('cs', text, [['Amy', 'ORG', 0.3], ['Coney Barrett', 'PER', 0.8]])).toContain('Amy Coney Barrett');
  });
});
