// @vitest-environment happy-dom
// Key quotes as the popup and the reader view draw them: set in the marks of the article's language.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { QuoteList } from '../../components/Summary';
import type { Quote } from '../../lib/types';

const quote = (text: string): Quote => ({ text, speaker: 'Jane Doe', start: 0, end: text.length, key: true, score: 1 } as Quote);
const root = document.createElement('div');
document.body.appendChild(root);
afterEach(() => render(null, root));
const shown = (text: string, lang: string | null) => {
  render(<QuoteList quotes={[quote(text)]} lang={lang} />, root);
  return root.querySelector('blockquote')!.textContent;
};

describe('key quotes', () => {
  it('are set in the marks of the article\'s language, without the comma that joined them to the sentence', () => {
    expect(shown('We will win,', 'en-GB')).toBe('“We will win”');
    expect(shown('Wir streiken', 'de-DE')).toBe('„Wir streiken“');
    expect(shown('Nous restons', 'fr')).toBe('«\u202fNous restons\u202f»');
    expect(shown('ようやく逮捕に至った。長かった', 'ja')).toBe('「ようやく逮捕に至った。長かった」');
  });

  it('fall back to the English marks for a language without its own, or none', () => {
    expect(shown('Kiitos', null)).toBe('“Kiitos”');
    expect(shown('Asante', 'sw')).toBe('“Asante”');
  });

  it('shows a quotation split by "she said" once, its parts joined, and lists neither part again', () => {
    const text = '“We rebuilt the wall,” Jane Doe said, “and we will do it again.”';
    const a = { ...quote('We rebuilt the wall,'), start: 1, end: 21, kind: 'full' } as Quote;
    const b = { ...quote('and we will do it again.'), start: 38, end: 62, kind: 'continuation' } as Quote;
    render(<QuoteList quotes={[a, b]} lang="en" text={text} />, root);
    expect([...root.querySelectorAll('blockquote')].map((x) => x.textContent)).toEqual(['“We rebuilt the wall … and we will do it again.”']);
  });

  it('shows a statement quoted over several paragraphs once among the key quotes, the other paragraphs under all quotes', () => {
    const text = '“We rebuilt the wall.\n\n“We will rebuild it again.\n\n“Nobody will stop us now.”';
    const at = (t: string, score: number) => ({ ...quote(t), start: text.indexOf(t), end: text.indexOf(t) + t.length, kind: 'multi-paragraph', score } as Quote);
    render(<QuoteList quotes={[at('We rebuilt the wall.', 1), at('We will rebuild it again.', 2), at('Nobody will stop us now.', 1)]} lang="en" text={text} />, root);
    const keys = root.querySelector('.cp-list')!.querySelectorAll('blockquote');
    expect([...keys].map((x) => x.textContent)).toEqual(['“We will rebuild it again.”']);
    expect(root.querySelector('summary')!.textContent).toBe('All quotes (3)');
    expect(root.querySelector('.cp-more')!.querySelectorAll('blockquote')).toHaveLength(2);
  });

  it('lists no word or two the writer set in marks inside a sentence, whoever is credited, and counts only what it lists', () => {
    const text = 'La Chine a appelé à la «retenue». «Nous avons fait échouer toute leur campagne», a dit le ministre. «Non.»';
    const at = (t: string, kind: string, more: Partial<Quote> = {}) => ({ ...quote(t), start: text.indexOf(t), end: text.indexOf(t) + t.length, kind, key: false, ...more } as Quote);
    const quotes = [at('retenue', 'partial', { speaker: 'Chine' }), at('Nous avons fait échouer toute leur campagne', 'full', { key: true }), at('Non.', 'full')];
    render(<QuoteList quotes={quotes} lang="fr" text={text} />, root);
    expect(root.querySelector('summary')!.textContent).toBe('All quotes (2)');
    expect([...root.querySelector('.cp-more')!.querySelectorAll('blockquote')].map((x) => x.textContent)).toEqual(['«\u202fNon.\u202f»']);
  });
});
