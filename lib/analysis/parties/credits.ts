// Credits are no parties of the story: "Reporting by X in Beirut; Editing by Y", "Photograph: X/Agency", "Associated
// Press writer X in Paris contributed", an author box, a sign-off closing the story "(X aus Berlin, Y, 3.5.2024)".
// Found by structure first: a short line (or a sentence of a caption, or a parenthesis closing the story) that holds
// names and next to nothing else, opened by a credit phrase, holding a press word or a credit phrase, or, at the
// start or the end of the story, listing people. Names met only there make no party: their spans are taken.

import type { Rules } from '../../rules/languages';
import type { Span } from '../text';
import type { EntitySpan } from '../entities';
import { LETTER, isLetter } from '../letters';
import { CREDITS } from '../weights';
import { upperAt } from '../text/props';

type Name = { s: number; e: number; type: EntitySpan['type'] | 'RUN'; score?: number };

const WORD_RE = new RegExp(`${LETTER}+(?:[’'.-]${LETTER}+)*|\\d[\\d./:-]*`, 'g');
const STOPS = /[.!?]/g;
/** The sentence breaks inside a line, spaced or not ("…the bare ice.Photograph by X"): each stop before white space
 * and a capital, as `/[.!?](?=\s*\p{Lu})/gu` finds them, without compiling that pattern on every cold page. */
export function sentenceBreaks(line: string): number[] {
  const out: number[] = [];
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(line); m; m = STOPS.exec(line)) {
    const k = m.index;
    let j = k + 1;
    while (j < line.length && /\s/.test(line[j]!)) j++;
    if (upperAt(line, j)) out.push(k);
  }
  return out;
}
/** A parenthesis that closes the story: a sign-off. */
const CLOSING_PAREN = /\(([^()\n]{3,200})\)\s*$/;
const CAPITALISED_RUN = new RegExp(`\\p{Lu}${LETTER}*(?:[\\s-]+\\p{Lu}${LETTER}*)*`, 'gu');

/** Does the line, in lower case (`l`), open with the credit phrase? */
const opensWith = (l: string, cue: string) => l.startsWith(cue) && (l.length === cue.length || /[\s:]/.test(l[cue.length]!));
/** The credit phrase opening the line, if any (the line lower-cased once, not once a phrase). */
const openingCue = (line: string, cues: readonly string[]) => {
  const l = line.toLowerCase();
  return cues.find((c) => opensWith(l, c));
};

/** The words of a stretch outside the names in it, less those a credit is made of. */
function residue(text: string, s: number, e: number, names: readonly Name[], cues: readonly string[], rules: Rules) {
  let rest = '';
  let at = s;
  for (const n of names) { rest += text.slice(at, n.s) + ' '; at = n.e; }
  rest = (rest + text.slice(at, e)).toLowerCase();
  let cue = false;
  for (const c of cues) {
    if (!c.includes(' ')) continue;
    const i = rest.indexOf(c);
    if (i >= 0 && !isLetter(rest[i - 1]) && !isLetter(rest[i + c.length])) { cue = true; rest = rest.slice(0, i) + ' ' + rest.slice(i + c.length); }
  }
  let press = false, other = 0;
  for (const w of rest.match(WORD_RE) ?? []) {
    if (/^\d/.test(w) || rules.functionWords.has(w) || rules.conjunctions.has(w) || rules.locatives.has(w) || rules.nameParticles.has(w) || rules.notNames.has(w) || cues.includes(w)) continue;
    if (rules.pressWords.has(w)) { press = true; continue; }
    other++;
  }
  return { cue, press, other };
}

/** Is this stretch of text a credit? `edge`: it opens or closes the story. */
function isCredit(text: string, s: number, e: number, names: readonly Name[], edge: boolean, rules: Rules): boolean {
  if (!names.length || e - s > CREDITS.lineMax) return false;
  const line = text.slice(s, e).replace(/^[\s(]+/, '');
  const opener = openingCue(line, rules.credits);
  const r = residue(text, s, e, names, rules.credits, rules);
  const bare = r.other <= CREDITS.otherWords;
  // "Reporting by X; Editing by Y": a credit phrase of several words opens it; one word ("Photo: X", "By X") only
  // before names and next to nothing else
  if (opener && (opener.includes(' ') || bare)) return true;
  if (!bare) return false;
  if (r.cue || r.press) return true;
  // a list of people at the edge, set apart from the prose: no sentence end, or in a parenthesis closing the story
  const people = names.filter((n) => n.type === 'PER').length;
  // (a name the tagger is unsure of the type of among them is one more: "Anna Giulia Fink", ORG 0.2)
  return edge && people >= CREDITS.edgePeople && names.every((n) => n.type === 'PER' || n.type === 'LOC' || (n.score ?? 1) < CREDITS.unsureName)
    && (text[s] === '(' || !/[.!?…]["”’»]?\s*$/.test(text.slice(s, e)));
}

/** The names inside [s, e), from the tagger's spans in order (or capitalised runs without a model). */
function namesIn(text: string, s: number, e: number, entities: readonly EntitySpan[] | null): Name[] {
  if (entities) {
    let lo = 0, hi = entities.length; // the first span starting at or after s (the tagger's spans are in text order)
    while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid]!.start < s) lo = mid + 1; else hi = mid; }
    const out: Name[] = [];
    for (let i = lo; i < entities.length && entities[i]!.start < e; i++) {
      const x = entities[i]!;
      if (x.end <= e && x.type !== 'MISC') out.push({ s: x.start, e: x.end, type: x.type, score: x.score });
    }
    return out;
  }
  const out: Name[] = [];
  for (const m of text.slice(s, e).matchAll(CAPITALISED_RUN)) out.push({ s: s + m.index, e: s + m.index + m[0].length, type: 'RUN' });
  return out;
}

/** The stretches of the text that are credits: lines, sentences of a line, and a parenthesis closing the story. */
export function creditSpans(text: string, paragraphs: readonly Span[], entities: readonly EntitySpan[] | null, rules: Rules): Span[] {
  const out: Span[] = [];
  const n = paragraphs.length;
  const test = (s: number, e: number, edge: boolean) => {
    // (most lines are prose, longer than any credit: no names looked up for them)
    if (e - s > CREDITS.lineMax || !isCredit(text, s, e, namesIn(text, s, e, entities), edge, rules)) return false;
    out.push({ start: s, end: e });
    return true;
  };
  paragraphs.forEach((p, i) => {
    const edge = i < CREDITS.edgeLines || i >= n - CREDITS.edgeLines;
    if (test(p.start, p.end, edge)) return;
    // a credit run into a caption ("…the bare ice.Photograph by X"): a sentence in the line's last characters
    if (!rules.credits.length) return;
    const from = Math.max(p.start, p.end - CREDITS.lineMax);
    for (const k of sentenceBreaks(text.slice(from, p.end))) {
      const s = from + k + 1;
      const at = text.slice(s).search(/\S/);
      if (openingCue(text.slice(s + at, p.end), rules.credits) !== undefined) test(s + at, p.end, edge);
    }
  });
  // the sign-off closes the story's last paragraph, or the last before furniture the extraction kept (a forum's
  // "5 Postings"): the last paragraph of the end that closes with a parenthesis
  for (let i = n - 1; i >= Math.max(0, n - CREDITS.signOffLines); i--) {
    const p = paragraphs[i]!, close = CLOSING_PAREN.exec(text.slice(p.start, p.end));
    if (close) { test(p.start + close.index, p.end, true); break; }
  }
  return out;
}
