// The statement the headline reports ranks first among the key quotes shown, and words a speaker's other key quote
// already holds are not shown twice. Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { shownKeyQuotes } from '../../lib/analysis/keyquotes';

const shown = (text: string, title: string, lang = 'en') => shownKeyQuotes(analyzeArticle({ text, title, lang }, { ner: loadNerModel(lang) }).quotes, text);

const story = [
  '“We have effectively wrecked the whole of their campaign for next year,” the defence minister, Pavel Orlov, said on Friday.',
  'The foreign ministry spokesman, Ivan Lenk, said: “All parties must stay calm, show restraint and work to bring the situation down, because a war of this kind serves nobody in the region and harms the people who live near the border.”',
].join('\n\n');

describe('the statement the headline reports', () => {
  it('ranks first among the key quotes, ahead of a longer one', () => {
    expect(shown(story, 'War: the army says it has wrecked the enemy campaign for next year')[0]!.speaker).toBe('Pavel Orlov');
  });

  it('gains nothing from the names the headline shares with it', () => {
    const s = story.replace('their campaign for next year', 'the campaign of Pavel Orlov’s enemies in Kelby');
    expect(shown(s, 'Pavel Orlov visits Kelby')[0]!.speaker).toBe('Ivan Lenk');
  });
});

describe('words shown twice', () => {
  it('are shown once, in the longer key quote of the same speaker', () => {
    const t = 'Mara Lind said: “It is not that children get lazy with these tools at school. They get faster and better at it.”\n\nOn Monday, Lind said it again: “They get faster and better at it.”';
    const texts = shown(t, 'Schools: children get faster and better').map((q) => q.text);
    expect(texts.filter((x) => x.includes('faster and better'))).toHaveLength(1);
  });
});
