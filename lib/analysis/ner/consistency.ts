// One type for one name in a document: where the same words are tagged with different types in different
// sentences ("Jordan" a person here, a place there), the type with the most probability over all of them wins.
// Language-independent evidence a single sentence does not have.
import type { Mention } from './tagger';

export function harmoniseTypes(mentions: Mention[]): Mention[] {
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
