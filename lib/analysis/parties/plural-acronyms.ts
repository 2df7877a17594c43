// An acronym the text never expands and also writes with a plural ending ("an SUV" and "SUVs", "EVs") is a common
// noun of its own (a kind of thing), no organisation's name: a body is one, its name takes no plural. Known bodies
// and acronyms the text defines are looked up before this.

/** The text writes `acronym` with a lower-case plural ending right after it ("SUVs", "SUV-s" not). */
export function pluralAcronym(acronym: string, text: string): boolean {
  const plural = acronym + 's';
  for (let at = text.indexOf(plural); at >= 0; at = text.indexOf(plural, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + plural.length] ?? '')) return true;
  }
  return false;
}
