// A tagger's span widened to the capitalised run around it ("Gul Mohammad Shinwari", "Islamic Emirate of
// Afghanistan"), unless the words around are a title, a particle's portfolio or an epithet.

import type { Rules } from '../../rules/languages';
import type { Word } from './words';
import type { Candidate } from './classify';
import { nounCore } from './runs';
import { isOrgHead, isOrgNoun, isTitleWord, roleOf } from './lexicon';
import { PARTY_FILTER } from '../weights';
import { isNounHead } from './common-nouns';
import { fullNameGenitive, roleOfBody } from './glued';

/** A run cut to the words given (its core). */
export function cut(r: Candidate, ws: readonly Word[], text: string, words: readonly Word[]): Candidate {
  if (ws.length === r.words.length) return r;
  const s = ws[0]!.s, e = ws[ws.length - 1]!.e, pi = ws[0]!.i;
  return { ...r, words: [...ws], s, e, text: text.slice(s, e), prevWord: pi > 0 ? words[pi - 1]!.l : '' };
}

/** The run that contains the candidate and goes beyond it, when it holds no other candidate. */
export function widen(tagged: readonly Candidate[], i: number, runs: readonly Candidate[], k: number, text: string, words: readonly Word[], rules: Rules, governed = false): Candidate {
  const c = tagged[i]!;
  let j = k;
  while (j < runs.length && runs[j]!.e < c.e) j++;
  const whole = runs[j];
  // (a run starts after an article the tagger's span may open with: "The National Institute")
  const cs = c.words.find((w) => !rules.determiners.has(w.l) || w.kept)?.s ?? c.s;
  if (!whole || whole.e < c.e || (whole.s === c.s && whole.e === c.e)) return c;
  if (whole.s > cs) return widenEnd(tagged, i, whole, text, rules);
  const found = nounCore(whole.words, rules);
  if (!found || found[0]!.s > cs) return c;
  const core = roleOfBody(found, c, cs, rules).filter((w) => w.e <= c.e || !fullNameGenitive(c, rules));
  const r = cut(whole, core, text, words);
  if (governed && r.s < cs) return c;
  // a capitalised word right before a person's name that the tagger itself would not begin the name with (a title,
  // a genitive place, an acronym: "Finansminister Elisabeth Svantesson", "PiS Jarosław Kaczyński")
  // (unless the words before hold an organisation's head: "Association of Muslim Scholars" is no person's name)
  // (nor a word the text keeps in a name: "Domingo José Ramos Camacho", name-words.ts)
  if (c.tag === 'PER' && r.s < cs && c.before !== undefined && c.before < PARTY_FILTER.widenBefore && !r.words.some((w) => w.s < cs && (isOrgHead(w.t, rules) || w.kept))) return c;
  // a person the tagger named in full, followed by a particle and words it left out, is not "X Y van Z": the particle
  // opens a portfolio, a party or a place ("Barry Madlener van Infrastructuur", "Annalena Baerbock von den Grünen")
  if (c.tag === 'PER' && r.e > c.e && particleAfter(r, c, rules)) return c;
  const other = (t: Candidate | undefined) => !!t && t.s < r.e && r.s < t.e;
  if (other(tagged[i - 1]) || other(tagged[i + 1])) return c;
  if (isEpithet(c, r, text, words, rules)) return { ...c, epithet: r.words[0]!.t };
  return { ...c, words: r.words, s: r.s, e: r.e, text: r.text, prevWord: r.prevWord };
}

/** "South Dakota's Department of Social" + "Services": a body's span (an organisation's head in it) that ends inside a
 * capitalised run beginning after its start (a possessive opened the span) goes on to the run's end, when no other
 * candidate is in the way. */
function widenEnd(tagged: readonly Candidate[], i: number, whole: Candidate, text: string, rules: Rules): Candidate {
  const c = tagged[i]!;
  if (c.tag === 'PER' || whole.s >= c.e || whole.e <= c.e || !c.words.some((w) => w.cap && isOrgHead(w.t, rules))) return c;
  const next = tagged[i + 1];
  if (next && next.s < whole.e) return c;
  const core = nounCore(whole.words, rules);
  if (!core || core[core.length - 1]!.e <= c.e) return c;
  const more = core.filter((w) => w.s >= c.e);
  // (not on past a conjunction: "Center for Science and Culture" may be two names)
  if (more.some((w) => rules.conjunctions.has(w.l))) return c;
  const e = more[more.length - 1]!.e;
  return { ...c, words: [...c.words, ...more], e, text: text.slice(c.s, e) };
}

/** `c` holds a given name and a surname (two words besides titles and roles: "Sultan Qaboos bin Said" and
 * "EU-Kommissionspräsidentin Ursula von der Leyen" are names the tagger cut short), and the first word of `r` after
 * it is a name particle ("van", "di", "de"). */
function particleAfter(r: Candidate, c: Candidate, rules: Rules): boolean {
  const named = c.words.filter((w) => w.cap && !isTitleWord(w.t, rules) && !roleOf(w.l, rules));
  const next = r.words.find((w) => w.s >= c.e);
  return named.length >= 2 && !!next && !next.cap && rules.nameParticles.has(next.l);
}

/**
 * Where every noun is capitalised, "der Terrororganisation Hamas", "die libanesische Staatsagentur NNA", "die Stadt
 * Rafah": one common noun the tagger left out before its name is an epithet, not part of the name. It is a common
 * noun when an article, an article contraction or an adjective comes before it, or when it holds a head word (the
 * name keeps it as the word before it: its evidence for the type, classify.ts). Given names follow no article.
 */
function isEpithet(c: Candidate, r: Candidate, text: string, words: readonly Word[], rules: Rules): boolean {
  if (!rules.nounsCapitalised || r.e !== c.e || r.words.length !== c.words.length + 1) return false;
  const x = r.words[0]!;
  if (!x.cap || x.acr || isTitleWord(x.t, rules) || rules.nameParticles.has(x.l)) return false;
  // before a person the noun is a role ("ihren Anführer Yahya al-Sinwar"): splitTitles makes it the description
  const body = isOrgHead(x.t, rules) || isOrgNoun(x.t, rules) || rules.placeHeads.has(x.l);
  if (c.tag === 'PER' && !body) return false;
  const prev = r.prevWord;
  // (or a word the text writes elsewhere as a noun phrase's head: "dass der ganze Gazastreifen Hamas ist")
  return rules.determiners.has(prev) || isNounHead(x.l, text, words, rules) || rules.articleContractions.has(prev) || rules.adjectiveEndings.some((a) => prev.endsWith(a)) || body;
}
