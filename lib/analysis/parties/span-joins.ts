// Names the tagger read in pieces, joined again before they become candidates: a body's portfolio that lists its
// fields ("Ministry of Environment, Forestry and Tourism") and a place whose first word it read as a place of its own
// ("Abraham" + "Villiers Bay").

import type { Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { isOrgHead } from './lexicon';
import { countryOrCapital, gazetteer } from './countries';
import { PARTY_FILTER } from '../weights';
import { wordsAt } from '../text/props';

/** A field of a portfolio: one to three capitalised words. */
const FIELD = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;
/** After a body's name: ", Field" once or more, then the conjunction and the last field, then no more name. */
const LISTED = new RegExp(String.raw`^((?:, ${FIELD})+),? (\p{Ll}+) (${FIELD})(?![\p{L}\p{N}'\u2019-]| \p{Lu})`, 'u');

/** The name ends in a portfolio: an organisation's head, later a lower-case particle, then capitalised words. */
function endsInPortfolio(name: string, rules: Rules): boolean {
  const ws = name.split(' ');
  const head = ws.findIndex((w) => /^\p{Lu}/u.test(w) && isOrgHead(w, rules));
  let p = ws.length - 1;
  while (p > head && /^\p{Lu}/u.test(ws[p]!)) p--;
  return head >= 0 && p > head && p < ws.length - 1 && rules.nameParticles.has(ws[p]!) && !rules.conjunctions.has(ws[p]!);
}

/** Each field a portfolio's own: no head of a body (a second body names itself: "Ministry of Health, Ministry of
 * Justice and …"), no country or capital, and written nowhere else in the text (a body of its own is named again). */
function fieldsOnly(fields: readonly string[], text: string, rules: Rules): boolean {
  const gaz = gazetteer(rules.lang);
  return fields.every((f) => !f.split(' ').some((w) => isOrgHead(w, rules)) && !countryOrCapital(gaz, f) && wordsAt(text, f, false).length === 1);
}

/** "the Ministry of Environment" (ORG) + ", Forestry" (ORG) + " and Tourism": a body's span ending in its portfolio,
 * followed by a list of fields that the tagger read as bodies or left alone, is one body's name. */
export function listedFields(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const m = a.type === 'ORG' && endsInPortfolio(text.slice(a.start, a.end), rules) ? LISTED.exec(text.slice(a.end, a.end + 200)) : null;
    const end = m ? a.end + m[0].length : 0;
    let j = i + 1;
    while (m && j < spans.length && spans[j]!.start < end) j++;
    const inside = spans.slice(i + 1, j);
    const fields = m ? [...m[1]!.slice(2).split(', '), m[3]!] : [];
    if (!m || !rules.conjunctions.has(m[2]!) || inside.some((e) => e.type !== 'ORG' || e.end > end) || !fieldsOnly(fields, text, rules)) { out.push(a); continue; }
    out.push({ ...a, end, score: Math.min(a.score, ...inside.map((e) => e.score)) });
    i = j - 1;
  }
  return out;
}

/** "connects Abraham Villiers Bay": one word the tagger read as a place, unsure, that no gazetteer knows, one space
 * before a place's span ending in a place's head, is that place's first word. */
export function placeFirstWords(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  const out: EntitySpan[] = [];
  const gaz = gazetteer(rules.lang);
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!, b = spans[i + 1];
    // (two unsure places one space apart asked first: the patterns then run, and compile, on few pages)
    const near = !!b && a.type === 'LOC' && b.type === 'LOC' && a.score < PARTY_FILTER.taggerConfidence && text.slice(a.end, b.start) === ' ';
    const first = text.slice(a.start, a.end), head = near && /(\p{L}+)$/u.exec(text.slice(b.start, b.end))?.[1];
    if (b && head && /^\p{Lu}\p{Ll}+$/u.test(first) && rules.placeHeads.has(head.toLowerCase()) && !countryOrCapital(gaz, first)) {
      out.push({ ...b, start: a.start, score: Math.min(a.score, b.score), before: a.before });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** One capitalised word and an ampersand right before a span: " Bang & " of "Bang & Olufsen". */
const AMPERSANDED = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}'’.-]*) & $/u;

/** AMPERSANDED on the 40 characters before `start`, asked only where " & " ends them: the pattern (two Unicode
 * classes, ~1 ms of a cold analysis to compile and run) then runs on the few spans after an ampersand. */
export function ampersandBefore(text: string, start: number): RegExpExecArray | null {
  return start >= 4 && text.startsWith(' & ', start - 3) ? AMPERSANDED.exec(text.slice(Math.max(0, start - 40), start)) : null;
}

/** A capitalised word right before `start`, one space apart, that is no article or function word ("Karl" of "Karl
 * Langdon", not "A" of "A Bang & Olufsen"). */
function longerName(text: string, start: number, rules: Rules): boolean {
  const w = /(\p{Lu}[\p{L}'’.-]*) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  return !!w && !rules.determiners.has(w) && !rules.functionWords.has(w);
}

/** "Bang & Olufsen", "Frost & Sullivan", "Dye & Durham Ltd.": an ampersand joins the words of one name (a firm's,
 * a brand's, a place's: "Brighton & Hove"), never two parties (a list says "and"). A span the tagger opened right
 * after "Word & " is that name's tail: it starts at the capitalised word, joined with the span that word ends, if any
 * (that span's type where the tagger was surer of it), unless both are read as people. */
export function ampersandNames(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const a of spans) {
    const m = ampersandBefore(text, a.start);
    if (!m) { out.push(a); continue; }
    const start = a.start - m[0].length + m[0].indexOf(m[1]!);
    // (a name of several words before the ampersand is a name of its own: "Karl Langdon & Harvey Deegan", two)
    if (longerName(text, start, rules)) { out.push(a); continue; }
    const b = out[out.length - 1], joined = b && b.end === start + m[1]!.length && b.start <= start;
    // (two people the tagger read each as a person are two: "Harry & Meghan", a headline's pair)
    if (joined && b.type === 'PER' && a.type === 'PER') { out.push(a); continue; }
    if (joined) {
      out[out.length - 1] = { ...(b.score > a.score ? b : a), start: b.start, end: a.end, score: Math.min(a.score, b.score), before: b.before };
    } else out.push({ ...a, start, before: undefined });
  }
  return out;
}
