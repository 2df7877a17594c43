// Every language's data file, and the abbreviation sets the scanner uses whatever the text's language.
import type { LanguageData } from './types';
import { monthNumbers } from '../../../calendar-names';
import en from './en';
import de from './de';
import fr from './fr';
import it from './it';
import es from './es';
import pt from './pt';
import nl from './nl';
import sv from './sv';
import da from './da';
import no from './no';
import fi from './fi';
import pl from './pl';
import cs from './cs';
import sk from './sk';
import hr from './hr';
import sl from './sl';
import ro from './ro';
import hu from './hu';
import tr from './tr';
import id from './id';
import ca from './ca';
import et from './et';
import lv from './lv';
import lt from './lt';
import ru from './ru';
import uk from './uk';
import bg from './bg';
import sr from './sr';
import mk from './mk';
import ar from './ar';
import fa from './fa';
import ur from './ur';
import gl from './gl';
import vi from './vi';
import sq from './sq';

export type { LanguageData } from './types';

export const LANGUAGES: readonly LanguageData[] = [
  en, de, fr, it, es, pt, nl, sv, da, no, fi, pl, cs, sk, hr, sl, ro, hu, tr, id, ca, et, lv, lt, gl, vi, sq, ru, uk, bg, sr, mk,
  ar, fa, ur,
];

/** Titles before a name, in any language: a period after one never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.titles));
let ordinalMonths: ReadonlySet<string> | null = null;
/** A month's name (lower case) in a language that writes "22. Oktober": a day's dot before it ends no sentence. Intl's
 * names, taken at build time (lib/rules/calendar-names.ts: making them here cost ~40 ms cold); the set built on first use. */
export function isOrdinalMonth(word: string): boolean {
  ordinalMonths ??= new Set(LANGUAGES.filter((l) => l.ordinalDay).flatMap((l) => [...monthNumbers(l.code).keys()]));
  return ordinalMonths.has(word.toLowerCase());
}
/** Every word that keeps its period as a token of its own (titles included). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => [...l.titles, ...l.abbreviations]));
