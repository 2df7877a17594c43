// The analysis of a test's invented text with the language's shipped tagger model, as the CLI loads it: one place
// for what many test files ask of it.
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

export const analyse = (text: string, lang: string, title?: string) => analyzeArticle({ text, lang, title }, { ner: loadNerModel(lang) });
/** Every party's name and aliases, in the analysis' order. */
export const partyNames = (text: string, lang: string, title?: string) => analyse(text, lang, title).parties.flatMap((p) => [p.name, ...(p.aliases ?? [])]);
/** Each quotation's speaker (null: unattributed), in text order. */
export const speakersOf = (text: string, lang: string) => analyse(text, lang).quotes.map((q) => q.speaker);
/** The speaker of the quotation holding `quote` (null: unattributed, or no such quotation). */
export const speakerOf = (text: string, quote: string, lang = 'en', title?: string) => analyse(text, lang, title).quotes.find((q) => q.text.includes(quote))?.speaker ?? null;
