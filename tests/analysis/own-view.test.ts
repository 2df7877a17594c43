// "A ses yeux, « … »", "In his view, “…”": the view a sentence gives by a possessive is that of the person the text
// is about.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const speakerOf = (text: string, lang: string, start: string) => analyzeArticle({ text, lang }).quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('a view given by a possessive', () => {
  it('is the view of the person the text is about', () => {
    expect(speakerOf('La secrétaire générale de la CGT, Sophie Binet, a rencontré le président. « La situation est très inquiétante », juge Mme Binet. A ses yeux, « on peut parler de rupture avec le monde du travail ».', 'fr', 'on peut')).toBe('Sophie Binet');
    expect(speakerOf('Mayor Dana Reyes visited the harbour on Monday. In her view, “the wall has done what it was built to do and more”.', 'en', 'the wall')).toBe('Dana Reyes');
  });

  it('gives way to a verb of saying after it', () => {
    expect(speakerOf('Mayor Dana Reyes visited the harbour on Monday. In her view, the engineer Paul Brandt said, “the wall has done what it was built to do”.', 'en', 'the wall')).not.toBe('Dana Reyes');
  });
});
