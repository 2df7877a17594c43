// A tagger's person span grows over the capitalised word before it only when the tagger itself gives the name
// beginning there some probability (EntitySpan.before): a title, a genitive place or a party's acronym before a full
// name is no part of it, whatever the language's lists know. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

function names(lang: string, text: string, name: string, type: EntitySpan['type'], before: number): string[] {
  const start = text.indexOf(name);
  const spans: EntitySpan[] = [{ start, end: start + name.length, type, score: 0.9, before }];
  return buildRegistry(scan(text), [], rulesFor(lang), spans).live().filter((p) => p.mentions.length).map((p) => p.name);
}

describe('the word before a tagged name', () => {
  const sv = 'Igår sa regeringen att budgeten var klar. Finansminister Elisabeth Svantesson presenterade den i Stockholm.';
  it('stays out of a person\'s name when the tagger would not begin the name there', () => {
    expect(names('sv', sv, 'Elisabeth Svantesson', 'PER', 0.001)).toContain('Elisabeth Svantesson');
    expect(names('sv', sv, 'Elisabeth Svantesson', 'PER', 0.001)).not.toContain('Finansminister Elisabeth Svantesson');
  });
  it('joins the name when the tagger gives it a fair chance (a given name it was unsure of)', () => {
    expect(names('sv', sv, 'Elisabeth Svantesson', 'PER', 0.4)).toContain('Finansminister Elisabeth Svantesson');
  });
  it('joins an organisation\'s name whose head comes before the span, whatever the tagger\'s type', () => {
    const en = 'The report was written by the Association of Muslim Scholars in Baghdad last week.';
    expect(names('en', en, 'Muslim Scholars', 'PER', 0.001)).toContain('Association of Muslim Scholars');
  });
});
