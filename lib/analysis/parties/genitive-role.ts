// "Министр здравоохранения области Андрей Волков", "Директор департаменту охорони здоров'я Богдан Шевчук": where a
// language puts a role's domain after it in the genitive (rules.genitiveDomains), the role noun stands several
// lower-case words before the name it describes. The phrase from the role to the name, set off from what comes before
// by the sentence's start or punctuation, is the name's description.

import type { Rules } from '../../rules/languages';
import { roleOf } from './lexicon';
import { startsLower } from '../letters';

/** At most this many lower-case words of domain between the role and the name. */
const MAX_DOMAIN_WORDS = 5;

/** The role phrase ending `pre` (the text right before a name), or null: its role word and its words. */
export function genitiveRolePhrase(pre: string, rules: Rules): { role: string; phrase: string } | null {
  if (!rules.genitiveDomains) return null;
  const clause = /(?:^|[.!?;:,()«»„“"—–]\s*)([^.!?;:,()«»„“"—–]*)$/u.exec(pre)?.[1]?.trim();
  if (!clause) return null;
  const ws = clause.split(/\s+/);
  // the role word opens the clause or follows a lower-case word (an adjective: "новый министр")
  for (let k = Math.max(0, ws.length - MAX_DOMAIN_WORDS - 1); k < ws.length - 1; k++) {
    const role = roleOf(ws[k]!, rules);
    if (!role || rules.functionWords.has(ws[k]!.toLowerCase())) continue;
    const domain = ws.slice(k + 1);
    if (!domain.every((w) => startsLower(w) && !rules.functionWords.has(w.toLowerCase()))) continue;
    return { role: ws[k]!, phrase: ws.slice(k).join(' ') };
  }
  return null;
}
