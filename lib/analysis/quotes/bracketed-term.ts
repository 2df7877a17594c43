// Japanese and Korean put terms, names and single words in brackets as well as speech: 「鞍替え」が検討され (a writer's
// word), 国内ツアー「さくらカップ」（4月） (a tournament). Speech there is marked by a quoting particle after the bracket
// (「…」と述べた) or stands as a sentence (a sentence end after it, or a clause in it: particles and endings apart); a
// short span with neither, and no verb of saying right after it, names a
// thing. Whoever a continuation rule carried onto it said nothing.

import type { Rules } from '../../rules/languages';

/** The longest span, in characters, read as a term (a clause of speech runs longer). */
const TERM_MAX = 12;
/** Punctuation that makes the span a sentence or a clause of one. */
const CLAUSE_MARK = /[。！？!?、，,]/;
/** Runs of inflecting kana: a clause has its particles and endings apart, one of them longer than a character
 * (学生[にもしっかり]説明[して]); a word's kana are single characters between its stems (鞍替[え], 乗[り]換[え]). */
const KANA_RUNS = /[\u3041-\u309F]+/g;
const isClause = (s: string) => { const runs = s.match(KANA_RUNS) ?? []; return runs.length > 1 && runs.some((r) => r.length > 1); };
/** A sentence end right after the bracket: the bracket is a sentence of its own (「迅速な対応につながる」。). */
const ENDS_SENTENCE = /^[。！？!?]/;
/** How far after the bracket a verb of saying is looked for (「検討中」だと話した). */
const VERB_NEAR = 8;

/** text[q.start, q.end) in brackets is a term, not speech, in a language that marks speech with a particle. */
export function isBracketedTerm(text: string, q: { start: number; end: number; close: number }, rules: Rules): boolean {
  if (!rules.quoteParticles.length) return false;
  const inner = text.slice(q.start, q.end);
  if (!inner || inner.length > TERM_MAX || CLAUSE_MARK.test(inner) || isClause(inner)) return false;
  const after = text.slice(q.close, q.close + VERB_NEAR);
  if (ENDS_SENTENCE.test(after)) return false;
  if (rules.quoteParticles.some((p) => after.startsWith(p))) return false;
  const clause = after.split(/[。、，\n]/)[0]!;
  return !rules.say.some((v) => clause.includes(v));
}
