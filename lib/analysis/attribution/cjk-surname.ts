// "尹氏は「…」と指摘した" after "韓国の尹錫悦（ユンソンニョル）大統領は": Japanese and Chinese name a person in full once,
// then by the surname and an honorific or title (氏, さん, 容疑者, 大統領, 主席). That short form stands for the full name
// the text gave before, which opens on the surname, as "Fink" stands for "Andreas Fink".

import type { Doc } from './site';
import type { MentionSpan } from './mention';
import type { Speakers, Who } from './speakers';

const HAN = /[\u4E00-\u9FFF\u3400-\u4DBF]/;
/** Characters of a given name after the surname. */
const GIVEN = { min: 1, max: 3 };
/** Characters of a surname (尹, 石破, 欧阳). */
const SURNAME_MAX = 2;

/** The honorifics and titles a name may carry after it, longest first. */
function suffixesOf(doc: Doc): string[] {
  const { rules } = doc;
  return [...new Set([...rules.nameSuffixes, ...rules.titleSuffixes, ...rules.roles])].sort((a, b) => b.length - a.length);
}

/** The person a surname-and-title mention stands for: the tagger's person at the full name, else that name. */
export function fullNameSpeaker(doc: Doc, book: Speakers, m: MentionSpan): Who | null {
  const full = surnameFull(doc, m);
  if (!full) return null;
  // (the tagger's person only where it holds the whole name: "山田" tagged in "山田太郎" is the surname alone)
  const tagged = doc.reg.within(full.s, full.e).find((x) => doc.reg.get(x.party).kind === 'person' && x.s <= full.s && x.e >= full.e);
  return tagged ? doc.reg.get(tagged.party).id : book.add(doc.text.slice(full.s, full.e), 'person', full.s);
}

/** The full name the surname-and-title mention at `m` stands for (its span earlier in the text), or null. */
export function surnameFull(doc: Doc, m: MentionSpan): MentionSpan | null {
  if (!doc.rules.unspaced && doc.rules.lang !== 'zh') return null;
  const t = doc.text.slice(m.s, m.e).trim(), suffixes = suffixesOf(doc);
  const suffix = suffixes.find((x) => t.endsWith(x) && t.length - x.length >= 1 && t.length - x.length <= SURNAME_MAX);
  const stem = suffix ? t.slice(0, -suffix.length) : '';
  if (!stem || ![...stem].every((c) => HAN.test(c))) return null;
  let found: MentionSpan | null = null;
  for (let i = doc.text.indexOf(stem); i >= 0 && i < m.s; i = doc.text.indexOf(stem, i + 1)) {
    const e = nameEnd(doc, i, stem.length, suffixes);
    if (e > 0 && opensName(doc, i, suffixes)) found = { s: i, e };
  }
  return found;
}

/** Where the name that opens on the surname at `i` ends (its given name, before a title), or -1. A name shows as one
 * by a title after it, its reading in parentheses after it ("尹錫悦（ユンソンニョル）") or the tagger's person there. */
function nameEnd(doc: Doc, i: number, stem: number, suffixes: string[]): number {
  let e = i + stem;
  while (e < doc.text.length && HAN.test(doc.text[e]!) && e - i < stem + GIVEN.max + 6) e++;
  let run = doc.text.slice(i, e);
  // (titles off the end: "尹錫悦大統領" → "尹錫悦")
  for (let cut = suffixes.find((x) => run.endsWith(x) && run.length > x.length); cut; cut = suffixes.find((x) => run.endsWith(x) && run.length > x.length)) run = run.slice(0, -cut.length);
  const given = run.length - stem, end = i + run.length;
  if (given < GIVEN.min || given > GIVEN.max) return -1;
  const titled = end < e || READING.test(doc.text[end] ?? '');
  return titled || doc.reg.within(i, end).some((x) => doc.reg.get(x.party).kind === 'person') ? end : -1;
}
const READING = /[（(]/;

/** A name opens at `i`: after a character that is no Han (a particle, a mark) or after a title ("总统尹锡悦"). */
function opensName(doc: Doc, i: number, suffixes: string[]): boolean {
  if (i === 0 || !HAN.test(doc.text[i - 1]!)) return true;
  const before = doc.text.slice(Math.max(0, i - 6), i);
  return suffixes.some((x) => before.endsWith(x));
}
