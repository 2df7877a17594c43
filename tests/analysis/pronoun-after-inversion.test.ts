// „…“, erklärt sie: a German quotation followed by its verb and a pronoun is the words of the person named before,
// even when the tagger doubted that the name (an unfamiliar given name) is a person's.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

describe('a pronoun after the verb that follows a quotation', () => {
  it('stands for the person named before, whatever the tagger guessed of the name', () => {
    const t = 'Nataliia Romanyshyn steht zwischen Holzkisten in einer Halle in Kassel. „Ich bin zuständig für die Kontrolle der Lieferungen“, erklärt sie.';
    expect(speakerOf(t, 'Ich bin zuständig', 'de')).toBe('Nataliia Romanyshyn');
  });
});
