// A name with a case ending of the language ("Hessens", "Norwegens", "des Bundes": the rules' `nameEndings`, longest
// first) and the name without it. One place for the parties' four uses: merging, countries, role domains, the name
// shown.

/** The name without each case ending it carries, longest ending first; the rest keeps three characters at least. */
export function caseStems(name: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of endings) if (name.length > x.length + 2 && name.endsWith(x)) out.push(name.slice(0, -x.length));
  return out;
}

/** `form` is `name` itself or `name` with one of the case endings (compared as given: normalise both first). */
export function writesWithEnding(form: string, name: string, endings: readonly string[]): boolean {
  return form === name || caseStems(form, endings).includes(name);
}
