// A quotation standing alone after a sentence of reported speech ("X said that … . “…”"): the verb of saying governs
// its clause, so its subject speaks, not the subject of the clause's last verb. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const speakers = (text: string) => analyzeArticle({ text, lang: 'en' }, { ner: loadNerModel('en') }).quotes.map((q) => q.speaker);

describe('the sentence before a lone quotation', () => {
  it('speaks through its verb of saying, not its last clause', () => {
    const t = 'Defence Secretary Ash Carlton spoke at the forum in the capital on Saturday. Carlton said that for decades some critics had been predicting an impending withdrawal from the region, but this would not happen. “That’s because this region remains the most consequential for our own future.”';
    expect(speakers(t)).toEqual(['Ash Carlton']);
  });
  it('a verb of saying after a possessive is a noun', () => {
    const t = 'Governor Mark Jones opened the debate in the capital on Tuesday. Senator Ruth Calder answered him at length. In response to Jones\' charge that she had been weak on energy, she said she and the mayor had made progress against great odds. “I really believe we have done an incredible job for this state.”';
    expect(speakers(t)).toEqual(['Ruth Calder']);
  });
});

describe('a person reporting what another did', () => {
  it('is the speaker of the fragment in the clause', () => {
    const t = 'Representative Greg Meyers met the candidate on Tuesday. Meyers said Clara Dorn reassured them that everyone would come together and that the party was “not going to be like the others.”';
    expect(speakers(t)).toEqual(['Greg Meyers']);
  });
  it('a verb of saying in a clause before the subject does not report', () => {
    const t = 'Professor Kathleen Amsel studies political speech. While not everything Tom Draper says is true, Amsel said Draper is “telling his supporters what they want to believe.”';
    expect(speakers(t)).toEqual(['Kathleen Amsel']);
  });
});

describe('a sentence that opens by crediting its claim to a person', () => {
  it('makes that person the one a later "he said" stands for, not a man the text mentioned in between', () => {
    const t = '“People started to discover the error,” Chad Hawk said.\n\nThe date beside the portrait of George Washington must read 2013.\n\nAccording to Hawk, the best approach is to use social media.\n\n“The best thing to do is look online,” he said.';
    expect(speakers(t)).toEqual(['Chad Hawk', 'Chad Hawk']);
  });
  it('but a person quoted by the subject does not speak ("tweeted, quoting Comey")', () => {
    const t = 'Donald Trump attacked the report on Tuesday. “Not fit!” Trump tweeted, quoting James Comey’s statement. He added, “She has once again been proven to be dishonest.”';
    expect(speakers(t)).toEqual(['Donald Trump', 'Donald Trump']);
  });
});
