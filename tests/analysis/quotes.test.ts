// Quotation marks: pairing, apostrophes, runs across paragraphs, split quotes, French and Spanish conventions.
import { describe, expect, it } from 'vitest';
import { quotations } from '../../lib/analysis/quotes';
import { paragraphs } from '../../lib/analysis/text';
import { analyzeArticle } from '../../lib/analysis';

const findQuotes = (text: string, lang = 'en') => quotations(text, paragraphs(text), lang);
const inner = (text: string, lang = 'en') => findQuotes(text, lang).map((q) => text.slice(q.start, q.end));

describe('quotation spans', () => {
  it('pairs curly and straight marks by position', () => {
    expect(inner('He said “we will win,” and left. She said "no way" twice.')).toEqual(['we will win,', 'no way']);
  });

  it('does not take apostrophes for quote marks', () => {
    const t = 'O’Brien said the ministers’ meeting didn’t end. “We’re not done,” she said.';
    expect(inner(t)).toEqual(['We’re not done,']);
  });

  it('keeps nested single quotes inside the outer quotation', () => {
    expect(inner('“He told me, ‘Don’t worry,’ and left,” she said.')).toEqual(['He told me, ‘Don’t worry,’ and left,']);
  });

  it('reads quotations written with the typewriter apostrophe, not the apostrophes around them', () => {
    const t = "'It's very rare that the students' notes reach circulation,' Chad Hawk told Fox.\n\nIn the '90s he said it was 'rare' and 'unusual'. 'Most people never check.' He left.";
    expect(inner(t)).toEqual(["It's very rare that the students' notes reach circulation,", 'Most people never check.']);
  });

  it('does not take a typewriter-quoted subheading, a scare quote ending in an abbreviation, or quotes nested in two-apostrophe marks for quotations', () => {
    expect(inner("Some text.\n\n'There's so much anger.'\n\nMore text.")).toEqual([]);
    expect(inner("It may strengthen the 'leave the E.U.' camp, he said.")).toEqual([]);
    expect(inner("''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid.")).toEqual([]);
  });

  it('reads German „…“ and guillemets with or without inner spaces', () => {
    expect(inner('„Wir streiken“, sagte sie.', 'de')).toEqual(['Wir streiken']);
    expect(inner('« Nous restons », dit-il. «Ici»', 'fr')).toEqual(['Nous restons', 'Ici']);
  });

  it('continues a quotation into the next paragraph that reopens it (one entry per paragraph)', () => {
    const t = 'The inspector said:\n\n“I went down in March.\n\n“Six weeks later I was at the portal.”';
    const qs = findQuotes(t);
    expect(qs.map((q) => t.slice(q.start, q.end))).toEqual(['I went down in March.', 'Six weeks later I was at the portal.']);
    expect(qs.every((q) => q.multi)).toBe(true);
    expect(qs[0]!.group).toBe(qs[1]!.group);
  });

  it('follows a Spanish quotation whose continuation paragraph opens with »', () => {
    const t = '«Hemos esperado demasiado tiempo.\n\n» No vamos a esperar más», dijo la alcaldesa Ana Ruiz.';
    const r = analyzeArticle({ text: t, lang: 'es' });
    expect(r.quotes.map((q) => q.text)).toEqual(['Hemos esperado demasiado tiempo.', 'No vamos a esperar más']);
    expect(r.quotes.every((q) => q.kind === 'multi-paragraph')).toBe(true);
    expect(r.quotes.every((q) => q.speaker === 'Ana Ruiz')).toBe(true);
  });

  it('splits a French quotation around its inner attribution « A, explique X. B. »', () => {
    const t = '« Nous ne sommes pas contre le projet, explique Paul Martin, président du syndicat. Nous sommes contre la méthode. »';
    const r = analyzeArticle({ text: t, lang: 'fr' });
    expect(r.quotes.map((q) => q.text)).toEqual(['Nous ne sommes pas contre le projet,', 'Nous sommes contre la méthode.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Paul Martin', 'Paul Martin']);
    expect(r.quotes[1]!.kind).toBe('continuation');
  });

  it('gives offsets into the text', () => {
    const t = 'Intro.\n\n“Exactly this,” he said.';
    const r = analyzeArticle({ text: t });
    expect(t.slice(r.quotes[0]!.start, r.quotes[0]!.end)).toBe(r.quotes[0]!.text);
  });
});
