// The analysis of a test's invented text with the language's shipped tagger model, as the CLI loads it: one place
// for what many test files ask of it.
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

export const analyse = (text: string, lang: string) => analyzeArticle({ text, lang }, { ner: loadNerModel(lang) });
/** Each quotation's speaker (null: unattributed), in text order. */
export const speakersOf = (text: string, lang: string) => analyse(text, lang).quotes.map((q) => q.speaker);
/** The speaker of the quotation holding `quote` (null: unattributed, or no such quotation). */
export const speakerOf = (text: string, quote: string, lang = 'en') => analyse(text, lang).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;
