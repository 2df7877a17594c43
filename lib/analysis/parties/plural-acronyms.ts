// An acronym the text never expands and also writes with a plural ending ("an SUV" and "SUVs", "EVs") is a common
// noun of its own (a kind of thing), no organisation's name: a body is one, its name takes no plural. Known bodies
// and acronyms the text defines are looked up before this.

import { wordsAt } from '../text/props';

/** The text writes `acronym` with a lower-case plural ending right after it, as a word ("SUVs"; "SUV-s" not). */
export const pluralAcronym = (acronym: string, text: string) => wordsAt(text, acronym + 's', false, true).length > 0;
