// "Leyen" of "Ursula von der Leyen": a tagger that stops at a surname's particles leaves the words after them alone,
// and merging rightly joins them to the person. But the tail is no form a reader knows the person by: the surname
// is "von der Leyen" (or "Von der Leyen" at a sentence's start). Such a cut is kept as a mention, never shown.

import type { Rules } from '../../rules/languages';
import { norm } from './registry';

/** `alias` is the tail of another form of the party's (`forms`: the name shown and its aliases) right after a
 * surname particle written in lower case ("der" in "Von der Leyen"). */
export function particleCut(alias: string, forms: readonly string[], rules: Rules): boolean {
  const a = norm(alias);
  for (const f of forms) {
    const ws = f.split(/\s+/), n = a.split(/\s+/).length;
    if (ws.length <= n || norm(ws.slice(-n).join(' ')) !== a) continue;
    const before = ws[ws.length - n - 1]!;
    if (before === before.toLowerCase() && rules.surnameParticles.has(before)) return true;
  }
  return false;
}
