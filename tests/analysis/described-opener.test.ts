// A sentence that opens with a description ("The senator criticized Trent.") has that description for its subject:
// a pronoun after it continues the subject, never the name the verb's object is; it is the person the text named in
// that role, or nobody. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string, lang: string) => analyzeArticle({ text, lang }, { ner: loadNerModel(lang) }).quotes.map((q) => q.speaker);

describe('a pronoun after a sentence opened by a description', () => {
  it('is the person named in that role, not the object (en, de)', () => {
    expect(speakers('Senator Mark Ellison spoke in Ohio on Monday.\n\nThe senator criticized Paul Trent. He said, “This is a tax on every family in the state.”', 'en')).toEqual(['Mark Ellison']);
    expect(speakers('Der Minister Mark Keller sprach am Montag in Bonn.\n\nDer Minister kritisierte Paul Brandt. Er sagte: „Das ist eine Steuer für jede Familie im Land.“', 'de')).toEqual(['Mark Keller']);
  });
  it('is nobody when the description names nobody the text named', () => {
    const t = 'A teacher at the school, who asked not to be named, spoke to reporters.\n\nThe teacher added that hero Jane Roe, 35, was doing well in hospital. She said: “It is terrible, and the children are still afraid.”';
    expect(speakers(t, 'en')).toEqual([null]);
  });
  it('keeps a name its title opens the sentence with ("The candidate’s wife Anna Trent")', () => {
    const t = 'Senator Mark Ellison spoke in Ohio on Monday.\n\nThe candidate’s wife Anna Trent was in the audience. She said, “We will keep going.”';
    expect(speakers(t, 'en')).toEqual(['Anna Trent']);
  });
});
