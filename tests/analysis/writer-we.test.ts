// The writer's "we" outside quotation marks ("Wir erinnern an Redepassagen wie: „…“", "We called it “…”") quotes
// someone: no party's words, and no key quote for a speaker nobody can name. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('the first person plural as the speaker', () => {
  it('names nobody (de)', () => {
    const t = 'Der Bürgermeister liebt große Worte. Frank Noppel dürfte das Stadtoberhaupt mit den meisten Superlativen sein. Wir erinnern an Redepassagen wie: „Hafenstadt ist die einzige Großstadt des Landes mit drei Häfen und dem größten Leuchtturm.“ Das ist nicht alles.';
    const q = analyse(t, 'de').quotes.find((x) => x.text.startsWith('Hafenstadt'));
    expect([q?.speakerMention ?? null, q?.key ?? false]).toEqual([null, false]);
  });

  it('names nobody (en)', () => {
    const t = 'The new console went on sale on Friday. We tested it in London last week. We called it “an incredible feat of engineering whenever it decides to work as promised.” It costs 400 dollars.';
    const q = analyse(t, 'en').quotes.find((x) => x.text.startsWith('an incredible'));
    expect(q?.speakerMention ?? null).toBeNull();
  });
});
