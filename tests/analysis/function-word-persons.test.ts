// A pronoun or possessive capitalised at a quotation's start ("”Du måste …”", "”Ditt jobb …”") and a common word
// capitalised only where a sentence starts, written in lower case elsewhere, are no one-word persons, whatever the
// tagger read. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const people = (text: string, lang: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: false, tagged: true }).filter((p) => p.type === 'person').map((p) => p.name);
};

describe('grammar words and common words as persons', () => {
  it('a Swedish pronoun or possessive opening a quotation is no person', () => {
    const text = 'Malin Ekström har drivit kaféet i tjugo år. ”Du måste förstå att det här är mitt liv”, säger hon. ”Ditt jobb är att lyssna.”';
    expect(people(text, 'sv', [['Malin Ekström', 'PER', 0.95], ['Du', 'PER', 0.7], ['Ditt', 'PER', 0.7]])).toEqual(['Malin Ekström']);
  });

  it('a word the text writes in lower case where no sentence starts is no person', () => {
    const text = 'Brisket takes twelve hours, said Carl Dunmore. He smokes the brisket over oak every Friday.';
    expect(people(text, 'en', [['Brisket', 'PER', 0.9], ['Carl Dunmore', 'PER', 0.95]])).toEqual(['Carl Dunmore']);
  });
});
