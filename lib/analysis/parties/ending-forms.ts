// One person (or body, or place) written in several case forms, in a language the rules do not describe (no `nameEndings`): Czech
// "Pavel Novák", "Pavla Nováka", "Pavlem Novákem". The endings are learnt from the text's own variants, not from a
// list: two full names whose every word differs only in a short ending are one person (never two parties by
// ending), shown in the form with the fewest ending letters, or as the stem when every ending is one the text adds
// to a bare name elsewhere ("Declana", "Declanem" → "Declan", as "Rice" → "Ricem").

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { kindOf } from './kinds';
import { norm } from './registry';

/** An ending is this short at most ("em", "ovi"); the stem before it this long at least. */
const ENDING = 3;
const STEM = 3;
/** A surname's ending is shorter: "Nováková" (his wife) is not a case of "Novák". */
const SURNAME_ENDING = 2;

/** The longest common prefix of words. */
function commonPrefix(ws: readonly string[]): string {
  let p = ws[0]!;
  for (const w of ws) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Words that are one word in different endings: a common stem and short endings. */
function oneWord(ws: readonly string[], maxEnding: number): boolean {
  const p = commonPrefix(ws);
  return p.length >= STEM && ws.every((w) => w.length - p.length <= maxEnding);
}

/** Every word of `a` is the same word of `b` with another ending (the same number of words, letters only). */
function sameByEnding(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const last = a.length - 1;
  return a.every((w, i) => /^\p{L}+$/u.test(w) && oneWord([w, b[i]!], i === last ? SURNAME_ENDING : ENDING));
}

/** The endings the text adds to a bare word of a person's name ("rice" and "ricem": "m"; "moyes" and "před
 * Moyesem": "em"). `names`: the words of persons' names; `words`: the text's capitalised words (lower case). */
function learntEndings(names: ReadonlySet<string>, words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of [...names, ...words]) {
    for (let k = 1; k <= ENDING && w.length - k >= STEM; k++) if (names.has(w.slice(0, -k))) out.add(w.slice(-k));
  }
  return out;
}

/** The shown form of word position i: the stem when every form's ending is learnt and none is written bare, else
 * null; also null when the text writes another word of that stem less its last letter ("Pavel" beside "Pavla",
 * "Pavlem": the stem "Pavl" lost a vowel, no bare form). `text`: the text's capitalised words, lower case. */
function stemOf(forms: readonly string[], learnt: ReadonlySet<string>, text: ReadonlySet<string>): string | null {
  const p = commonPrefix(forms);
  if (!forms.every((w) => w !== p && learnt.has(w.slice(p.length)))) return null;
  const near = p.slice(0, -1);
  return [...text].some((w) => w.startsWith(near) && !(w.startsWith(p) && learnt.has(w.slice(p.length)))) ? null : p;
}

/** Every two lists of words are one name by ending. */
const allAgree = (forms: readonly string[][]) => forms.every((a) => forms.every((b) => sameByEnding(a, b)));

/** Merge the case forms of one person's full name; name the party by the form a reader expects. */
export function mergeEndingForms(reg: Registry, rules: Rules) {
  if (rules.known) return;
  const person = (p: PartyRecord) => kindOf(p, rules) === 'person';
  const named = reg.live().filter((p) => p.mentions.length && p.parts.length >= 2);
  const persons = named.filter(person);
  mergeGroups(reg, persons, (a, b) => b.mentions.length - a.mentions.length || a.id - b.id);
  // a body's or a place's name of several words is declined the same way ("Aston Villy", "Aston Villa";
  // "Manchesteru City", "Manchester City"): named by its shortest form, and of two as long, the one whose words the
  // text writes more often ("Villa" of "Villa Park" too)
  const counts = wordCounts(reg.text);
  const uses = (p: PartyRecord) => p.parts.reduce((n, w) => n + (counts.get(w) ?? 0), 0);
  const bodies = named.filter((p) => !person(p) && kindOf(p, rules) !== 'country');
  mergeGroups(reg, bodies, (x, y) => x.name.length - y.name.length || uses(y) - uses(x) || x.id - y.id);
  // (the forms merged before count too: "Davida Moyese" taught "a" and "e" before it became an alias)
  const capitalised = new Set(counts.keys());
  const learnt = learntEndings(new Set(reg.parties.filter(person).flatMap((p) => p.parts)), capitalised);
  for (const p of persons) if (p.mergedInto === undefined) showForm(reg, p, learnt, capitalised);
}

/** Merge each group of parties whose names are one name by endings into the one `order` puts first. */
function mergeGroups(reg: Registry, parties: readonly PartyRecord[], order: (a: PartyRecord, b: PartyRecord) => number) {
  const done = new Set<PartyRecord>();
  for (const p of parties) {
    if (done.has(p)) continue;
    const group = parties.filter((q) => !done.has(q) && sameByEnding(p.parts, q.parts));
    // (every two forms must agree, not only each with the first)
    if (group.length < 2 || !allAgree(group.map((q) => q.parts))) continue;
    for (const q of group) done.add(q);
    const [owner, ...rest] = [...group].sort(order);
    for (const q of rest) reg.merge(q, owner!);
  }
}

/** How often the text writes each capitalised word (lower case). */
function wordCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\p{Lu}\p{L}+/gu)) { const w = m[0].toLowerCase(); out.set(w, (out.get(w) ?? 0) + 1); }
  return out;
}

/** Name a person written in several case forms (its name and aliases) by its stem, else by the form with the fewest
 * ending letters (the current name on a tie). */
function showForm(reg: Registry, p: PartyRecord, learnt: ReadonlySet<string>, capitalised: ReadonlySet<string>) {
  const forms = [p.name, ...[...p.aliases].filter((a) => a.split(' ').length === p.parts.length)].filter((f) => sameByEnding(p.parts, norm(f).split(' ')));
  const parts = forms.map((f) => norm(f).split(' '));
  if (forms.length < 2 || !allAgree(parts)) return;
  const prefixes = p.parts.map((_, i) => commonPrefix(parts.map((f) => f[i]!)));
  const stems = p.parts.map((_, i) => stemOf([...new Set(parts.map((f) => f[i]!))], learnt, capitalised));
  const tails = (f: string[]) => f.reduce((n, w, i) => n + (stems[i] ? 0 : w.length - prefixes[i]!.length), 0);
  const best = forms.map((f, k) => ({ f, n: tails(parts[k]!) })).reduce((a, b) => (b.n < a.n ? b : a));
  const shown = best.f.split(' ').map((w, i) => (stems[i] ? w.slice(0, stems[i]!.length) : w)).join(' ');
  if (shown === p.name) return;
  p.aliases.add(p.name);
  p.aliases.delete(shown);
  reg.rename(p, shown);
}

/** A written form (lower case) is the name (lower case) with its words' case endings, in a language without rules:
 * the name shown as the stem this file made of it ("declanem ricem" writes "declan rice"). */
export function writesStem(form: string, name: string, rules: Rules): boolean {
  const f = form.split(' '), n = name.split(' ');
  return !rules.known && n.length >= 2 && f.length === n.length && f.every((w, i) => w.startsWith(n[i]!)) && sameByEnding(f, n);
}
