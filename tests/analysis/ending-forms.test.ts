// A person written in several case forms in a language without rules: one party, named by the form a reader
// expects; the endings are learnt from the text itself. Invented Czech-like text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const persons = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged), { strict: true }).live().filter((p) => p.mentions.length).map((p) => p.name);

/** The parties as listed (the shown name). */
const listed = (lang: string, text: string, tagged: [string, EntitySpan['type'], number][]) => {
  const rules = rulesFor(lang);
  const reg = buildRegistry(scan(text), [], rules, spans(text, tagged), { strict: true });
  return rankParties(reg, rules, { quotes: new Map(), newSpeakers: new Map() }, { strict: true, tagged: true }).map((p) => p.name);
};

describe('case forms of one name', () => {
  it('are one person, named by the stem when the text adds those endings to a bare name elsewhere', () => {
    // ("Karel Brod", "Brodem" and "Broda" teach "em" and "a": "Dolana", "Dolanem" are "Dolan")
    const text = 'Trenér chválil Marek Dolana. Potom s Marek Dolanem hraje i Karel Brod. Nikdo nic nemá s Brodem, ale od Broda nic.';
    const tagged: [string, EntitySpan['type'], number][] = [['Marek Dolana', 'PER', 0.7], ['Marek Dolanem', 'PER', 0.6], ['Karel Brod', 'PER', 0.9]];
    expect(persons('cs', text, tagged)).toEqual(['Marek Dolan', 'Karel Brod']);
    // (listed by the stem too, though the text never writes it)
    expect(listed('cs', text, tagged)).toContain('Marek Dolan');
  });

  it('keeps a written form, with the fewest ending letters, when the stem is no bare form the text teaches', () => {
    const text = 'Dnes hráli proti Petry Sukové a potom proti Petrou Sukovou.';
    expect(persons('cs', text, [['Petry Sukové', 'PER', 0.8], ['Petrou Sukovou', 'PER', 0.7]])).toEqual(['Petry Sukové']);
  });

  it('leaves a wife and her husband apart (a surname ending longer than a case ending)', () => {
    const text = 'Potom přišel Jan Novák a odešla Jana Nováková.';
    expect(persons('cs', text, [['Jan Novák', 'PER', 0.9], ['Jana Nováková', 'PER', 0.9]])).toEqual(['Jan Novák', 'Jana Nováková']);
  });

  it('leaves a language with rules to its own', () => {
    const text = 'Dnes hráli proti Petry Sukové a potom proti Petrou Sukovou.';
    expect(persons('en', text, [['Petry Sukové', 'PER', 0.8], ['Petrou Sukovou', 'PER', 0.7]])).toHaveLength(2);
  });
});
