// Capitals for emphasis are no name's evidence: a caption or a crosshead in capitals ("NISSAN SENTRA", "VOLKSWAGEN
// ID. SPACE VIZZION CONCEPT") is a run of capitalised words by its style alone. Where the text writes one of its
// words otherwise ("Nissan", "concept"), the run is the writer's emphasis, no name: the words name what they name
// where the text writes them in its running style (acronyms, written in capitals everywhere, are left alone).

import type { Word } from './words';

/** Written in capitals only (letters, no lower case). */
const loud = (t: string) => t !== t.toLowerCase() && t === t.toUpperCase();

/** The lower-case forms of the words the text writes other than in capitals. */
export function unshouted(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!loud(w.t)) out.add(w.l);
  return out;
}

/** A candidate of two words or more, each in capitals, one of which the text writes otherwise elsewhere. */
export function shoutedRun(ws: readonly Word[], plain: ReadonlySet<string>): boolean {
  return ws.length >= 2 && ws.every((w) => loud(w.t)) && ws.some((w) => plain.has(w.l));
}
