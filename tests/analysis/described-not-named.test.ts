// A party's type from what the text says of it, and no party for a speaker the text only describes.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';

describe('an apposition whose organisation noun has a phrase after it', () => {
  it('makes the name an organisation, though it is named after places', () => {
    // (the tagger unsure it is a person, as on the page this comes from)
    const text = 'Rockets will fly from Ravsat, the company behind the new spaceport, next year. Engineers at Ravsat said the pad was ready. Ravsat plans two launches in May.';
    const spans = [...text.matchAll(/Ravsat/g)].map((m) => ({ start: m.index, end: m.index + 6, type: 'PER' as const, score: 0.6 }));
    const p = buildRegistry(scan(text), [], rulesFor('en'), spans).live().find((x) => x.name === 'Ravsat');
    expect(p?.kind).toBe('organization');
  });
});

describe('a speaker named only by common nouns for a person', () => {
  it('is described, not named: no party (ja)', () => {
    const text = '同大の女子学生（21）は「これからも学び続けられるのか不安はある」と話した。\n\n理事長の清水治氏は「深く受け止めている」と述べた。';
    const a = analyzeArticle({ text, lang: 'ja' }, { ner: loadNerModel('ja') });
    // (the quote names no one; its mention keeps the description the popup shows: attribution, speakers19)
    const q = a.quotes.find((x) => x.text.startsWith('これからも'))!;
    expect(q.speaker).toBeNull();
    expect(q.speakerMention).toContain('女子学生');
    expect(a.parties.map((p) => p.name)).not.toContain('女子学生');
  });
});
