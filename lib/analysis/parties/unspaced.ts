// Names in a language written without spaces or capitals (Japanese): no tagger model, and no capital marks a name,
// so only structure does. A name is a run of Han, katakana or Latin letters between kana (the particles) and
// punctuation that ends with an honorific or a title written after a person's name (中居正広氏, 岩本絹子容疑者,
// 清水治理事長) or that holds an organisation's head (日本スケート連盟, 警視庁捜査2課 → 警視庁). The suffixes and
// heads are the language's data (lib/rules/<lang>.ts: nameSuffixes, orgHeads, anaphorPrefixes). A name found once
// is then counted wherever the text writes it again; a surname alone (岩本容疑者) joins the full name it opens,
// and a short form (女子医大) the organisation whose name it ends.

import type { Rules } from '../../rules/languages';
import type { Gazetteer } from './countries';
import { norm, type PartyRecord, type Registry } from './registry';
import { EVIDENCE } from '../weights';

/** Letters a name is written with: Han (and its iteration mark), katakana, Latin letters and digits. */
const RUN = /[\p{Script=Han}\p{Script=Katakana}々ー・A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+/gu;
const HAN_NAME = /^[\p{Script=Han}々]{2,6}$/u;
const KATAKANA_NAME = /^[\p{Script=Katakana}ー・]{2,16}$/u;
const AGE = /^[（(][0-9０-９]{1,3}[）)]/;
const NAME_LEAD = /[A-Za-zＡ-Ｚａ-ｚ\p{Script=Katakana}]/u;

/** Limits of the names this finder accepts (characters). */
const UNSPACED = {
  /** An organisation's name has at least this many characters before its head (与党 and 野党 name no one). */
  orgLead: 2,
  /** An organisation's name is at most this long. */
  orgMax: 16,
};

export interface UnspacedName {
  s: number;
  e: number;
  name: string;
  kind: 'person' | 'organization';
  /** Marked by an honorific (氏, 容疑者), not only by a title a common noun may take too (選手). */
  honorific?: boolean;
  /** The title written onto the name (清水治理事長: 理事長), or before it with の (元理事長の岩本絹子容疑者: 元理事長). */
  title?: string;
}

/** "バイデン米大統領", "スモトリッチ財務相": a foreign name is written in katakana, and the Han letters between it and
 * the title are its office or country (米, 財務); the script changes where the name ends. */
function foreignName(name: string, text: string): string {
  const m = FOREIGN_OFFICE.exec(name);
  // (a word the text also writes as the start of longer katakana words is a brand's: "イオン銀社長" is the president
  // of Aeon Bank, and the text has イオンフィナンシャルサービス)
  return m && !new RegExp(`${m[1]!}[\\p{Script=Katakana}ー]`, 'u').test(text) ? m[1]! : name;
}
const FOREIGN_OFFICE = /^([\p{Script=Katakana}ー・]{2,16})[\p{Script=Han}々]+$/u;

/** "イスラム組織ハマス": a noun for a body followed by a katakana name, written again alone elsewhere in the text,
 * is the body's name (the noun is its epithet). */
function bodyAfterNoun(run: string, text: string, rules: Rules): string | null {
  for (const n of rules.orgNouns) {
    const i = run.indexOf(n);
    if (i < 0) continue;
    const rest = run.slice(i + n.length);
    if (KATAKANA_NAME.test(rest) && text.split(rest).length > 2) return rest;
  }
  return null;
}

/** The person a run names before its honorific or title (in the run, or in kana right after it: 森下葵さん), or null. */
function personIn(run: string, after: string, text: string, rules: Rules, gaz: Gazetteer): { name: string; honorific: boolean; title?: string } | null {
  const ends = (x: string) => run.length > x.length && run.endsWith(x);
  const honorific = rules.nameSuffixes.find(ends) ?? rules.nameSuffixes.find((x) => after.startsWith(x));
  const title = honorific ? undefined : rules.titleSuffixes.find(ends);
  if (honorific === undefined && title === undefined) return null;
  const cut = [honorific, title].find((x) => x !== undefined && ends(x)) ?? '';
  const name = foreignName(cut ? run.slice(0, -cut.length) : run, text);
  if (!HAN_NAME.test(name) && !KATAKANA_NAME.test(name)) return null;
  // "警察庁長官", "英国首相": the office of a body or a country, no name; "同容疑者": the one named before
  if (headAt(name, rules) >= 0 || gaz.names.has(norm(name)) || rules.anaphorPrefixes.some((a) => name.startsWith(a))) return null;
  // an age in parentheses after a title is as strong as an honorific: 小林裕明社長（57）; so is a state's office
  // after a foreign name (バイデン米大統領, スモトリッチ財務相), where 選手 follows katakana nouns too (テニス選手)
  const office = title !== undefined && rules.officeSuffixes.has(title) && KATAKANA_NAME.test(name);
  return { name, honorific: honorific !== undefined || AGE.test(after) || office, title: cut === title ? title : undefined };
}

/** "元理事長の岩本絹子容疑者", "リスク管理本部長の穴田将人氏": the run before the name and its の, when it ends in a
 * title of the language, is the person's office (a description, as a title written onto the name is). */
function titleBefore(text: string, s: number, rules: Rules): string | undefined {
  if (text[s - 1] !== 'の') return undefined;
  const m = RUN_BEFORE.exec(text.slice(Math.max(0, s - 1 - TITLE_MAX), s - 1));
  const run = m?.[0] ?? '';
  return [...rules.titleSuffixes, ...rules.roles].some((t) => t.length >= 2 && run.endsWith(t) && !rules.nameSuffixes.includes(t)) && !rules.anaphorPrefixes.some((a) => run.startsWith(a)) ? run : undefined;
}
const RUN_BEFORE = /[\p{Script=Han}\p{Script=Katakana}々ー・]+$/u;
/** The longest office before a name read as its description (characters). */
const TITLE_MAX = 12;

/** Where the last organisation head with enough lead ends in the run ("日本放送協会" is one name), or -1. */
function headAt(run: string, rules: Rules): number {
  let best = -1;
  for (const h of rules.orgHeads) {
    // (a Latin or katakana lead is a name however short: Jリーグ)
    for (let i = run.indexOf(h, 1); i >= 0; i = run.indexOf(h, i + 1)) {
      if (i < UNSPACED.orgLead && !NAME_LEAD.test(run.slice(0, i))) continue;
      const end = i + h.length;
      if (end <= UNSPACED.orgMax && end > best) best = end;
    }
  }
  return best;
}

/** How many characters of a word for "now" or "formerly" (rules.renamings) open the body's name, glued to it
 * ("現イオン…" in "（現イオン…）"): 0 when none does or the rest would be too short for a name. */
const renamedLead = (name: string, rules: Rules) => [...rules.renamings].find((r) => name.startsWith(r) && name.length - r.length > UNSPACED.orgLead)?.length ?? 0;

/** The organisation a run opens with ("フジテレビ問題" → フジテレビ), or null. */
function organisationIn(run: string, rules: Rules): string | null {
  const end = headAt(run, rules);
  if (end < 0) return null;
  const name = run.slice(0, end);
  // "同医大", "本連盟", "同医大病院": the body named before, referred back to
  const anaphor = rules.anaphorPrefixes.find((a) => name.startsWith(a));
  const rest = anaphor ? name.slice(anaphor.length) : '';
  if (anaphor && (rest.length <= UNSPACED.orgLead || [...rules.orgHeads].some((h) => rest.startsWith(h)))) return null;
  return /^[0-9０-９]/.test(name) ? null : name;
}

/** The names the text's structure marks, in text order. */
export function unspacedNames(text: string, rules: Rules, gaz: Gazetteer): UnspacedName[] {
  const out: UnspacedName[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0], s = m.index;
    const person = personIn(run, text.slice(s + run.length, s + run.length + 5), text, rules, gaz);
    if (person) { out.push({ s, e: s + person.name.length, name: person.name, kind: 'person', honorific: person.honorific, title: person.title ?? titleBefore(text, s, rules) }); continue; }
    const named = bodyAfterNoun(run, text, rules);
    if (named) { out.push({ s: s + run.length - named.length, e: s + run.length, name: named, kind: 'organization' }); continue; }
    const org = organisationIn(run, rules);
    const k = org ? renamedLead(org, rules) : 0;
    if (org) out.push({ s: s + k, e: s + org.length, name: org.slice(k), kind: 'organization' });
  }
  return out;
}

/** Every other place the text writes a found name (not inside a longer name found there). */
function repeats(text: string, found: readonly UnspacedName[]): UnspacedName[] {
  const out: UnspacedName[] = [];
  const taken = (s: number, e: number) => found.some((f) => f.s < e && s < f.e) || out.some((f) => f.s < e && s < f.e);
  const names = [...new Map(found.map((f) => [f.name, f])).values()].sort((a, b) => b.name.length - a.name.length);
  for (const f of names) {
    for (let i = text.indexOf(f.name); i >= 0; i = text.indexOf(f.name, i + 1)) {
      if (!taken(i, i + f.name.length)) out.push({ ...f, s: i, e: i + f.name.length });
    }
  }
  return out;
}

const KANA = /[\p{Script=Katakana}ー]/u, HAN = /[\p{Script=Han}々]/u;

/** text[s, e) is inside a longer word: katakana after katakana (タイ in タイミング), Han after Han (日本 in 東日本),
 * or ending in katakana before more (the particles between words are hiragana). */
export function insideWord(text: string, s: number, e: number): boolean {
  const prev = text[s - 1] ?? '', next = text[e] ?? '', first = text[s] ?? '', last = text[e - 1] ?? '';
  return (KANA.test(first) && KANA.test(prev)) || (HAN.test(first) && HAN.test(prev)) || (KANA.test(last) && KANA.test(next));
}

/** A country's name where the text writes it as a word of its own (insideWord). */
function countriesIn(text: string, gaz: Gazetteer, taken: (s: number, e: number) => boolean): { s: number; e: number; code: string }[] {
  const out: { s: number; e: number; code: string }[] = [];
  for (const [name, code] of gaz.names) {
    if (name.length < 2 || /[a-z]/.test(name)) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (insideWord(text, i, i + name.length)) continue;
      if (!taken(i, i + name.length)) out.push({ s: i, e: i + name.length, code });
    }
  }
  return out;
}

/** The longer party a short form stands for: a person's full name it opens, an organisation's name it ends. */
function longerForm(p: PartyRecord, all: readonly PartyRecord[]): PartyRecord | undefined {
  const fits = all.filter((q) => q !== p && q.kind === p.kind && q.name.length > p.name.length
    && (p.kind === 'person' ? q.name.startsWith(p.name) : q.name.endsWith(p.name)));
  return fits.length === 1 ? fits[0] : undefined;
}

/** Add the names of an unspaced text to the registry, and its countries; the spans taken, so that no other finder
 * splits them. */
export function addUnspacedNames(reg: Registry, rules: Rules, gaz: Gazetteer, country: (code: string) => PartyRecord): { s: number; e: number }[] {
  // (V8 compiles a function whole at its first call: the body, for some languages only, is compiled where it runs)
  return rules.unspaced ? addedUnspacedNames(reg, rules, gaz, country) : [];
}

function addedUnspacedNames(reg: Registry, rules: Rules, gaz: Gazetteer, country: (code: string) => PartyRecord): { s: number; e: number }[] {
  const found = unspacedNames(reg.text, rules, gaz);
  const all = [...found, ...repeats(reg.text, found)];
  const countries = countriesIn(reg.text, gaz, (s, e) => all.some((f) => f.s < e && s < f.e));
  for (const c of countries) reg.mention(country(c.code), c.s, c.e, 'gazetteer');
  const parties = new Set<PartyRecord>();
  for (const f of all) {
    const p = reg.add(f.name, f.kind);
    parties.add(p);
    reg.mention(p, f.s, f.e, 'structure');
  }
  // the evidence once a party (the strongest of its marks): an honorific is as strong as "Mr"; a title or an
  // organisation head needs the name repeated (rank.ts)
  for (const f of found) {
    const p = reg.find(f.name)!;
    if (f.kind === 'organization') p.evidence.org = Math.max(p.evidence.org, EVIDENCE.orgHead * 2);
    else p.evidence.person = Math.max(p.evidence.person, f.honorific ? EVIDENCE.title : EVIDENCE.nameShape);
    // (the first title the text gives the person describes them)
    if (f.title) p.description ??= f.title;
  }
  for (const p of parties) {
    const to = longerForm(p, [...parties]);
    if (to) reg.merge(p, to);
  }
  return [...all, ...countries].map((f) => ({ s: f.s, e: f.e }));
}
