// One type for one name in a document: where the same words are tagged with different types in different
// sentences ("Jordan" a person here, a place there), the type with the most probability over all of them wins; and a
// surname alone after the full name is the person's ("Антон Силуанов" … "сказал Силуанов", the second read as a
// place by a model without the language's words). Language-independent evidence a single sentence does not have.
import type { Mention } from './tagger';

/** A lone word's own type stands against the full name's when the model was at least this sure of it. */
const SURNAME_SURE = 0.5;

/** Lone words that repeat the last word of a person's full name earlier in the text, not surely of another type. */
function surnamesAsPersons(mentions: Mention[]): void {
  const persons = new Map<string, number>();
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (m.type === 'PER' && words.length >= 2) {
      const last = words[words.length - 1]!.toLowerCase();
      if (!persons.has(last)) persons.set(last, m.start);
      continue;
    }
    const from = persons.get(m.text.toLowerCase());
    if (words.length === 1 && m.type !== 'PER' && from !== undefined && from < m.start && m.score < SURNAME_SURE) m.type = 'PER';
  }
}

export function harmoniseTypes(mentions: Mention[]): Mention[] {
  surnamesAsPersons(mentions);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = m.text.toLowerCase();
    const g = groups.get(k);
    if (g) g.push(m); else groups.set(k, [m]);
  }
  for (const g of groups.values()) {
    if (g.every((m) => m.type === g[0]!.type)) continue;
    const mass = new Map<string, number>();
    let total = 0;
    for (const m of g) { mass.set(m.type, (mass.get(m.type) ?? 0) + m.score); total += m.score; }
    const [winner, w] = [...mass].sort((a, b) => b[1] - a[1])[0]!; // g is not empty
    for (const m of g) {
      if (m.type === winner) continue;
      m.type = winner as Mention['type'];
      m.score = Math.min(m.score, w / total);
    }
  }
  return mentions;
}
