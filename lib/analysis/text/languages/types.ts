// The shape of a language's data file: one file a language, plain lists, cheap to extend.
import type { Script } from '../chars';

export interface LanguageData {
  /** ISO 639-1 code. */
  code: string;
  /** The script the language is written in here (the guess only weighs languages of the text's script). */
  script: Script;
  /** Frequent short function words, lower-case: the language guess counts them. */
  words: string[];
  /** Titles written with a period before a name (Dr., Mme.): never the end of a sentence. */
  titles: string[];
  /** Other abbreviations written with a period (etc., Inc.): a sentence may end on them. */
  abbreviations: string[];
  /** Writes a day with an ordinal dot before the month's name ("22. Oktober"): that dot ends no sentence. */
  ordinalDay?: boolean;
}
