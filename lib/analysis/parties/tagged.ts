// The tagger's spans as name candidates: the words each covers, the titles right before it, and a person's name the
// tagger cut at a particle joined again.

import { LANGUAGES, everyLanguage, placeNameLists, type Rules } from '../../rules/languages';
import type { EntitySpan } from '../entities';
import { allLetters } from '../text/props';
import type { Word } from './words';
import type { Candidate } from './classify';
import { isOrgHead, isTitleWord, roleOf } from './lexicon';
import { allUpper } from '../letters';
import { placeAfterFullName } from './particle-places';
import { PARTY_FILTER } from '../weights';
import { labelBefore } from './label-before';
import { gazetteer } from './countries';
import { norm } from './registry';
import { HONOURS } from './runs';
import { fieldGoesOn } from './conjoined-body';

/** Candidates from the tagger's spans: the words each covers (with the titles right before it), its type and confidence. */
export function taggerCandidates(text: string, words: readonly Word[], spans: readonly EntitySpan[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  let wi = 0;
  for (const sp of spans) {
    while (wi < words.length && words[wi]!.e <= sp.start) wi++;
    let k = wi;
    while (k < words.length && words[k]!.s < sp.end) k++;
    // "rural North Carolina": a lower-case word that is no name particle does not open a name
    let f = wi;
    while (f < k - 1 && !words[f]!.cap && words[f]!.t !== words[f]!.t.toUpperCase() && !rules.nameParticles.has(words[f]!.l)) f++;
    if (k === f) continue;
    // "Der NDB hat Kenntnis": a verb or an adverb the language writes in lower case ends the name it follows
    k = Math.min(k, auxiliaryAt(words, f, k, rules));
    // "le Kremlin d’un missile": an article elided onto the next word ends no name; nor do the letters of an office
    // or an honour ("Plymouth MP warns…", "Councillor Afrasiab Anwar MBE")
    while (k - 1 > f && (/['’]$/.test(words[k - 1]!.t) || HONOURS.test(words[k - 1]!.t))) k--;
    // "former United Nations ambassador Nikki Haley": a role in lower case after a body's name is the next person's
    while (k - 1 > f && !words[k - 1]!.cap && roleOf(words[k - 1]!.t, rules)) k--;
    // a dateline or a heading in capitals whose words the body never capitalises was set lower case (headings.ts):
    // the tagger's span over it is no name ("WASHINGTON (AP) —")
    if (words.slice(f, k).every((w) => !w.cap && allUpper(w.t))) continue;
    // "Trainer Murat Yakin", "le président Vladimir Poutine": titles right before the span go with it, to be split off
    let a = f;
    while (a > 0 && f - a < 4 && words[a]!.joined && !words[a - 1]!.stop && isTitleWord(words[a - 1]!.t, rules)) a--;
    const ws = words.slice(a, k);
    const s = ws[0]!.s, e = ws[ws.length - 1]!.e;
    out.push({ words: ws, s, e, text: text.slice(s, e), prevWord: a > 0 ? words[a - 1]!.l : '', source: 'tagger', tag: sp.type, confidence: sp.score, before: a === f ? sp.before : undefined, tagStart: words[f]!.s, tagEnd: e });
  }
  return out;
}

let particles: Set<string> | null = null;
/** A name particle of any language ("do" of "Observatório do Clima" in an English text is no verb). */
const anyParticle = (l: string) => (particles ??= new Set(LANGUAGES.flatMap((x) => [...placeNameLists(x).particles]))).has(l);

/** The index of the first lower-case auxiliary or adverb ("hat", "is", "también") after the span's first word, or `k`. */
function auxiliaryAt(words: readonly Word[], f: number, k: number, rules: Rules): number {
  for (let i = f + 1; i < k; i++) if (!words[i]!.cap && rules.auxiliaries.has(words[i]!.l) && !anyParticle(words[i]!.l)) return i;
  return k;
}

/** "Johanna Baehr von der Universität Hamburg": a span after the particle that the tagger is sure names something
 * else, or that holds an organisation's or a place's head, is the person's institution, not the rest of the name. */
const bodyAfter = (c: Candidate, rules: Rules) => c.tag !== 'PER'
  && ((c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || c.words.some((w) => isOrgHead(w.t, rules) || rules.placeHeads.has(w.l)));

/** "Ursula" + "von der" + "Leyen": spans of a person the tagger cut at a name particle are one name. */
export function joinParticles(text: string, words: readonly Word[], tagged: Candidate[], rules: Rules): Candidate[] {
  const out: Candidate[] = [];
  let wi = 0;
  for (const c of tagged) {
    const prev = out[out.length - 1];
    // the given names tagged a person, the surname after the particle one or two words ("Executivo de John Major" stays two)
    if (prev && prev.tag === 'PER' && c.words.length <= 2 && !placeAfterFullName(text, prev, c, rules) && !bodyAfter(c, rules)) {
      while (wi < words.length && words[wi]!.s < prev.e) wi++;
      const gap: Word[] = [];
      for (let k = wi; k < words.length && words[k]!.e <= c.s; k++) gap.push(words[k]!);
      const between = text.slice(prev.e, c.s).trim().split(/\s+/).filter(Boolean);
      if (gap.length && gap.length <= 3 && between.length === gap.length && gap.every((w) => !w.cap && rules.nameParticles.has(w.l) && !rules.conjunctions.has(w.l))) {
        out[out.length - 1] = { ...prev, words: [...prev.words, ...gap, ...c.words], e: c.e, text: text.slice(prev.s, c.e), tag: 'PER', confidence: Math.max(prev.confidence ?? 0, c.confidence ?? 0) };
        continue;
      }
    }
    if (prev && keptBetween(prev, c, text, words)) {
      // (two spans of different types are no reading of the whole: its type is left to the text's evidence)
      const tag = prev.tag === c.tag ? prev.tag : 'MISC';
      out[out.length - 1] = { ...prev, words: wordsBetween(words, prev.s, c.e), e: c.e, text: text.slice(prev.s, c.e), tag, confidence: Math.min(prev.confidence ?? 0, c.confidence ?? 0) };
      continue;
    }
    if (prev && bodyGoesOn(prev, c, text, words, rules)) {
      out[out.length - 1] = { ...prev, words: wordsBetween(words, prev.s, c.e), e: c.e, text: text.slice(prev.s, c.e) };
      continue;
    }
    if (prev && fieldGoesOn(prev, c, text, rules)) {
      out[out.length - 1] = { ...prev, words: wordsBetween(words, prev.s, c.e), e: c.e, text: text.slice(prev.s, c.e), confidence: Math.min(prev.confidence ?? 0, c.confidence ?? 0) };
      continue;
    }
    if (prev && splitName(prev, c, text, rules)) {
      out[out.length - 1] = { ...prev, words: [...prev.words, ...c.words], e: c.e, text: text.slice(prev.s, c.e), tag: 'PER', confidence: c.confidence };
      continue;
    }
    out.push(joinPatronym(c, text, words));
  }
  return out;
}

/** "Dar" + "es" + "Salaam": two spans one word apart that the text keeps inside a name (name-words.ts). */
function keptBetween(prev: Candidate, c: Candidate, text: string, words: readonly Word[]): boolean {
  const gap = wordsBetween(words, prev.e, c.s);
  return gap.length === 1 && !!gap[0]!.kept && !gap[0]!.cap && text.slice(prev.e, c.s) === ` ${gap[0]!.t} `;
}

/** The words within [s, e), by binary search. */
function wordsBetween(words: readonly Word[], s: number, e: number): Word[] {
  let lo = 0, hi = words.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid]!.s < s) lo = mid + 1; else hi = mid; }
  const out: Word[] = [];
  for (let k = lo; k < words.length && words[k]!.e <= e; k++) out.push(words[k]!);
  return out;
}

/** "Comité Internacional" + "de la" + "Cruz Roja": a body's name (an organisation's head in it) that the tagger cut
 * at particles ending in an article inside it goes on to the name after them, when the tagger is unsure of that one
 * and it is no country or capital nor a person it is fairly sure of. */
function bodyGoesOn(prev: Candidate, c: Candidate, text: string, words: readonly Word[], rules: Rules): boolean {
  if (prev.tag !== 'ORG' || (c.tag === 'PER' && (c.confidence ?? 0) >= PARTY_FILTER.unsurePerson) || (c.confidence ?? 0) >= PARTY_FILTER.taggerConfidence || !prev.words.some((w) => w.cap && isOrgHead(w.t, rules))) return false;
  const gap = wordsBetween(words, prev.e, c.s);
  const between = text.slice(prev.e, c.s).trim().split(/\s+/).filter(Boolean);
  if (!gap.length || gap.length > 3 || between.length !== gap.length || !gap.every((w) => !w.cap && rules.nameParticles.has(w.l) && !rules.conjunctions.has(w.l))) return false;
  // (an article ends the particles: "de la Cruz Roja", "of the Interior"; "Prefeitura de Caraguatatuba" is the town's)
  if (!rules.orgArticles.has(gap[gap.length - 1]!.l)) return false;
  const gaz = gazetteer(rules.lang), name = norm(c.text);
  return c.words.every((w) => w.cap) && !gaz.names.has(name) && !gaz.capitals.has(name);
}

/** "Justice Amy" + "Coney Barrett": one given name the tagger cut off the person's name right after it (a single
 * space between, no punctuation, no title opening the second span), typed unsure or as a person, is the name's first
 * word. A body the tagger is sure of or with a body's head ("told CNN Jane Doe"), a place ("to Ukraine Marie
 * Yovanovitch", "Hamburgs Polizeipräsident"), a known country or city stays apart. */
function splitName(prev: Candidate, c: Candidate, text: string, rules: Rules): boolean {
  if (c.tag !== 'PER' || prev.tag === 'LOC' || text.slice(prev.e, c.s) !== ' ' || (c.tagStart !== undefined && c.tagStart !== c.s)) return false;
  const own = prev.words.filter((w) => !isTitleWord(w.t, rules));
  const w = own.length === 1 ? own[0]! : null;
  if (!w || !w.cap || w.acr || w.stop || w.poss || !c.words[0]!.cap || c.words[0]!.start) return false;
  const gaz = gazetteer(rules.lang);
  if (gaz.names.has(w.l) || gaz.capitals.has(w.l)) return false;
  // (nor a platform or a name the text writes alone, before a full name: "na Twitter Gary Lineker", label-before.ts)
  if (prev.tag !== 'PER' && labelBefore(w, c.words, text, rules)) return false;
  return prev.tag === 'PER' || (!bodyAfter(prev, rules) && (prev.confidence ?? 0) < PARTY_FILTER.taggerConfidence);
}

/** Particles of Arabic patronyms ("son of"): written only inside names, in every language's text. */
const PATRONYM = everyLanguage('patronymParticles');

/** "Abdullah" + "bin Zayed": a person's span followed by a patronym's particle and a capitalised word the tagger
 * left alone goes on to that word. */
function joinPatronym(c: Candidate, text: string, words: readonly Word[]): Candidate {
  if (c.tag !== 'PER') return c;
  const i = c.words[c.words.length - 1]!.i + 1;
  const p = words[i], n = words[i + 1];
  if (!p || !n || !PATRONYM.has(p.l) || !n.cap || n.acr || !/^\s+$/.test(text.slice(c.e, p.s))) return c;
  return { ...c, words: [...c.words, p, n], e: n.e, text: text.slice(c.s, n.e) };
}

/** "the Taliban", "Congress": one word the tagger calls neither person, body nor place (MISC: a nationality, a
 * work, an event) that is an organisation's head by itself names a body (its vote stays out: classify.ts). Longer
 * spans are left to the capitalised runs around them ("Moruo Mining and Construction Company"), a work's or an
 * event's title may hold a head too ("Group of Death"). */
export const namesBody = (text: string, e: EntitySpan, rules: Rules) => {
  const t = text.slice(e.start, e.end);
  return allLetters(t) && isOrgHead(t, rules);
};

/** "Evidence Action Beta" (MISC, again and again) after "Evidence Action" (ORG): a span the tagger calls neither
 * person, body nor place, that the text repeats whole and that goes on, in capitals, from a name of several words
 * the tagger calls a body, is that body's longer name (a programme, a branch of it), a body too. (A one-word body is
 * often a brand, and its longer names its products: "Apple Watch", "MacBook Pro".) */
export function longerBodies(text: string, spans: readonly EntitySpan[]): EntitySpan[] {
  const key = (e: EntitySpan) => text.slice(e.start, e.end).toLowerCase();
  const bodies = spans.filter((e) => e.type === 'ORG').map(key).filter((b) => /\s/.test(b));
  const seen = new Map<string, number>();
  for (const e of spans) if (e.type === 'MISC') seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
  const longer = (e: EntitySpan) => {
    const t = text.slice(e.start, e.end);
    return (seen.get(t.toLowerCase()) ?? 0) >= 2 && bodies.some((b) => t.length > b.length + 1 && t.toLowerCase().startsWith(b + ' ') && /^\p{Lu}/u.test(t.slice(b.length + 1)));
  };
  return spans.map((e) => (e.type === 'MISC' && longer(e) ? { ...e, type: 'ORG' } : e));
}

/** "Hong Kong Polytechnic University" read as "Hong Kong" (LOC), an untagged "Polytechnic" and "University" (ORG): a
 * place's span, capitalised words the tagger left out, and a body's span ending in an organisation's head, one
 * space apart each, are one body's name, named after its place (the place alone would be listed, the body as its
 * bare head). Without a word between them ("US Senate") the two readings stand. */
export function placeLedBodies(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!, b = spans[i + 1];
    const gap = b && a.type === 'LOC' && b.type === 'ORG' ? text.slice(a.end, b.start) : '';
    const head = gap && /(\p{L}+)$/u.exec(text.slice(b!.start, b!.end))?.[1];
    if (head && /^(?: \p{Lu}\p{Ll}+)+ $/u.test(gap) && isOrgHead(head, rules)) { out.push({ ...b!, start: a.start, before: undefined }); i++; continue; }
    out.push(a);
  }
  return out;
}

/** "the Democratic Progressive party": a body's span with no head of its own, that the text writes only right before
 * the same lower-case organisation head, goes on over that head (its name is cut short without it). A name the text
 * also writes alone ("Labour", then "the Labour party") keeps its span; so does a name of one word. */
export function headAfterBodies(text: string, spans: readonly EntitySpan[], rules: Rules): EntitySpan[] {
  return spans.map((e) => {
    const name = text.slice(e.start, e.end);
    // (one word before a head is a place's or an acronym's body, "the Kentucky court", "the QXV union": left as read)
    const ws = name.split(/\s+/);
    // (plain capitalised words only: "San Francisco-headquartered company", "Ten Hag’s sixth-place team" are phrases)
    if (e.type !== 'ORG' || ws.length < 2 || ws.some((w) => isOrgHead(w, rules) || !/^\p{Lu}\p{Ll}+$/u.test(w))) return e;
    const head = /^ (\p{Ll}+)(?![\p{L}\p{N}-])/u.exec(text.slice(e.end, e.end + 40))?.[1];
    if (!head || !isOrgHead(head, rules)) return e;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
      if (!text.startsWith(` ${head}`, at + name.length) || /[\p{L}\p{N}]/u.test(text[at + name.length + head.length + 1] ?? '')) return e;
    }
    return { ...e, end: e.end + head.length + 1 };
  });
}

/** The tagger's span opens with a given name only if it never tags that word alone ("Copernicus Samantha Burgess",
 * "Copernicus" named alone elsewhere: a word before the name, for splitTitles to judge). */
export const givenName = (c: Candidate, single: ReadonlySet<string>): Candidate =>
  (c.tagStart !== undefined && single.has(c.words[0]!.l) ? { ...c, tagStart: undefined } : c);

/** Given names: the first word of a name of several words that the tagger is sure names a person ("Sergej" of
 * "Sergej Lawrow"), lower case; not a word opening several such names ("Galaxy Ring", "Galaxy Unpacked": a brand). */
export function givenNamesOf(text: string, spans: readonly EntitySpan[] | null): Set<string> {
  const rests = new Map<string, Set<string>>();
  for (const sp of spans ?? []) {
    const ws = text.slice(sp.start, sp.end).toLowerCase().split(/\s+/);
    if (sp.type !== 'PER' || sp.score < PARTY_FILTER.taggerConfidence || ws.length < 2) continue;
    rests.set(ws[0]!, (rests.get(ws[0]!) ?? new Set()).add(ws.slice(1).join(' ')));
  }
  return new Set([...rests].filter(([, r]) => r.size === 1).map(([w]) => w));
}
