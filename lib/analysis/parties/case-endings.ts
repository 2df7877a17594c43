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

/** A name's words before the last without their adjective endings (`endings`, longest first), compared lower case:
 * "Vereinigten Staaten" and "Vereinigte Staaten" share a key. Null for a name of one word, or without endings. */
export function uninflected(name: string, endings: readonly string[]): string | null {
  const ws = name.toLowerCase().split(/\s+/);
  if (ws.length < 2 || !endings.length) return null;
  const stem = (w: string) => { const x = endings.find((e) => w.length > e.length + 2 && w.endsWith(e)); return x ? w.slice(0, -x.length) : w; };
  return [...ws.slice(0, -1).map(stem), ws[ws.length - 1]].join(' ');
}

/** A name with its adjectives in the base form (rules.obliqueAdjectives, "Schweizerischen" → "Schweizerische"), or
 * null when none carries an oblique ending. */
export function baseForm(name: string, pairs: readonly string[]): string | null {
  const ws = name.split(' ');
  let k = 0;
  // (the adjectives that open the name: those of a name after its head keep their case, "Wahlkommission der
  // Russischen Föderation")
  for (; k < ws.length - 1; k++) {
    const x = pairs.map((p) => p.split('>')).find(([o]) => ws[k]!.length > o!.length + 2 && ws[k]!.endsWith(o!));
    if (!x) break;
    ws[k] = ws[k]!.slice(0, -x[0]!.length) + (x[1] ?? '');
  }
  return k ? ws.join(' ') : null;
}
