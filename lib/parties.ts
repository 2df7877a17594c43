// The parties of a story: find names without a model (capitalised runs with particles, acronyms defined in
// parentheses, "also known as", a country gazetteer), type them from evidence (titles, appositions, organisation
// head words, gazetteer, context), link surnames, capitals, demonyms and acronyms to one party, and rank them.

import type { Party, PartyType } from './types';
import type { Paragraph, RawQuote } from './quotes';
import {
  TITLES, ROLE_SUFFIXES, ROLE_NOUNS, EVENT_NOUNS, FAITH_WORDS, SPOKES, ORG_HEADS, ORG_SUFFIXES, MEDIA_HEADS, PLACE_HEADS, NOT_PARTIES, FUNCTION_WORDS, ORG_NOUNS,
} from './rules/entity-words';
import { countries, KNOWN_ORGS } from './rules/gazetteer';

const CAP = 1, ACR = 2, POSS = 4, START = 8, STOP = 16;
/** A word of the text; its string and lower-case form are made only when asked for. */
export class Token {
  s: number;
  e: number;
  /** Position in the token list. */
  i: number;
  private f: number;
  private src: string;
  private str: string | undefined;
  private low: string | undefined;
  constructor(src: string, s: number, e: number, flags: number, i: number) {
    this.src = src; this.s = s; this.e = e; this.i = i; this.f = flags;
    this.str = undefined; this.low = undefined;
  }
  /** Capitalised (or a particle name like al-Assad). */
  get cap(): boolean { return (this.f & CAP) !== 0; }
  /** An acronym (2–7 letters, all capitals). */
  get acr(): boolean { return (this.f & ACR) !== 0; }
  /** A possessive ('s or s') was taken off. */
  get poss(): boolean { return (this.f & POSS) !== 0; }
  set poss(v: boolean) { this.f = v ? this.f | POSS : this.f & ~POSS; }
  /** Sentence-initial (or first word inside a quotation, or after a colon or dash). */
  get start(): boolean { return (this.f & START) !== 0; }
  /** The token ends a sentence (its full stop was stripped). */
  get stop(): boolean { return (this.f & STOP) !== 0; }
  /** The token as written. */
  get t(): string { return this.str ??= this.src.slice(this.s, this.e); }
  /** The token in lower case. */
  get l(): string { return this.low ??= this.t.toLowerCase(); }
}

/** The words of a text as parallel arrays; a Token object is made only for the words looked at closely. */
export class TokenList {
  n = 0;
  s: Int32Array;
  e: Int32Array;
  f: Uint8Array;
  private objs: (Token | undefined)[] = [];
  private text: string;
  constructor(text: string) {
    this.text = text;
    const cap = (text.length >> 2) + 64;
    this.s = new Int32Array(cap); this.e = new Int32Array(cap); this.f = new Uint8Array(cap);
  }
  get length(): number { return this.n; }
  push(s: number, e: number, flags: number) {
    if (this.n === this.s.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(a.length * 2); b.set(a); return b; };
      this.s = grow(this.s); this.e = grow(this.e); this.f = grow(this.f);
    }
    this.s[this.n] = s; this.e[this.n] = e; this.f[this.n] = flags; this.n++;
  }
  /** Token i as an object (made once). */
  at(i: number): Token { return this.objs[i] ??= new Token(this.text, this.s[i], this.e[i], this.f[i], i); }
  isCap(i: number): boolean { return (this.f[i] & CAP) !== 0; }
  isStart(i: number): boolean { return (this.f[i] & START) !== 0; }
}

export interface Mention {
  s: number;
  e: number;
  text: string;
  ent: Entity;
  /** Where the mention reads as the subject of its clause (sentence start or before a verb of saying). */
  subject?: boolean;
  /** What this mention's title says (Mr, Ms, Minister…), passed on to the party the mention is linked to. */
  gender?: 'm' | 'f';
  roleWords?: string[];
}

export interface Entity {
  id: number;
  name: string;
  type: PartyType | 'media' | 'unknown';
  aliases: Set<string>;
  description: string | null;
  roles: Set<string>;
  /** Role nouns a later mention may use for this party (minister, spokeswoman, sindaca…). */
  roleWords: Set<string>;
  mentions: Mention[];
  gender?: 'm' | 'f';
  country?: string;
  quotes: number;
  evidence: { person: number; org: number; place: number; country: number };
  /** Kept word count and lower-case words of the name. */
  nameWords?: number;
  nameParts?: string[];
}

export interface Registry {
  text: string;
  quotes: RawQuote[];
  lang: string;
  tokens: TokenList;
  entities: Entity[];
  mentions: Mention[];
  byName: Map<string, Entity>;
  /** Sentence-initial capitalised words (lower-cased) that the text also writes in lower case. */
  lower: Set<string>;
  /** The party of that name (`key`: its normalised form, when known), made when new. */
  add(name: string, type: Entity['type'], key?: string): Entity;
  find(name: string): Entity | undefined;
  mention(ent: Entity, s: number, e: number, subject?: boolean): Mention;
}

const NORM_SLOW = /[’'\s]/;
const normMemo = new Map<string, string>();
const norm = (s: string): string => {
  let v = normMemo.get(s);
  if (v === undefined) {
    if (normMemo.size > 20000) normMemo.clear();
    v = NORM_SLOW.test(s) ? s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim() : s.toLowerCase();
    normMemo.set(s, v);
  }
  return v;
};
const CONNECT = new Set(['of', 'for', 'de', 'des', 'du', 'del', 'della', 'delle', 'dei', 'degli', 'di', 'der', 'von', 'van', 'den', 'da', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'und', 'and', 'et', 'y', 'e', '&', 'zu']);
const NON_NAME = /-(?:based|born|led|backed|owned|made|style|era|linked|aligned|funded|run)$/i;
const AND = new Set(['and', 'und', 'et', 'y', 'e', '&']);
const ABBREV = new Set(['del', 'atty', 'supt', 'adm', 'cmdr', 'maj', 'pres', 'amb', 'hon', 'cpl', 'pvt', 'mr', 'mrs', 'ms', 'dr', 'st', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'jr', 'sr', 'prof', 'rev', 'm', 'mme', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'ft', 'mt', 'fr', 'sig', 'dott', 'sra', 'gov']);
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'to', 'à', 'en', 'au', 'aux', 'dans', 'près', 'a', 'nel', 'nella', 'presso', 'da', 'im', 'in', 'aus', 'bei', 'nach', 'vor', 'en', 'desde', 'across', 'around', 'into', 'toward', 'towards', 'via']);
const ELISION = /^(l|d|qu|j|n|s|c|m|t|dell|all|nell|sull|dall|un|quell|nell)['’](?=\p{L})/iu;
const ADJ_SUFFIX = /(?:ale|ali|ile|ili|ique|iques|aire|aires|ienne|iennes|ien|ais|aise|ano|ana|ani|ane|ese|esi|ivo|iva|ivi|ive|ario|aria|ari|arie|enne|elle|onale|ionale|nale|naux|ico|ica|ici|iche|ista|oso|osa|éenne|eenne|ial)$/;

// Country lookups, built once per language.
interface Gaz { names: Map<string, string>; capitals: Map<string, string>; demonyms: Map<string, string>; display: Map<string, string> }
const gazCache = new Map<string, Gaz>();
export function gazetteer(lang: string): Gaz {
  const hit = gazCache.get(lang);
  if (hit) return hit;
  const names = new Map<string, string>(), capitals = new Map<string, string>(), demonyms = new Map<string, string>(), display = new Map<string, string>();
  let dn: Intl.DisplayNames | null = null, en: Intl.DisplayNames | null = null;
  try { dn = new Intl.DisplayNames([lang], { type: 'region' }); en = new Intl.DisplayNames(['en'], { type: 'region' }); } catch { /* no Intl */ }
  for (const c of countries()) {
    const local = dn?.of(c.code), eng = en?.of(c.code);
    // The name shown: the article language's own, unless the gazetteer lists a plainer English one first.
    const first = c.names[0];
    let shown = local && local !== c.code && !/[()&]|SAR| - /.test(local) ? local : first ?? eng ?? c.code;
    if (lang === 'en' && first) shown = first;
    if (lang !== 'en' && local && local !== c.code && !/[()&]| - /.test(local)) shown = local;
    display.set(c.code, shown);
    for (const n of [local, eng, ...c.names]) if (n && n !== c.code && !/[()&]/.test(n)) names.set(norm(n), c.code);
    for (const n of c.capitals) capitals.set(norm(n), c.code);
    for (const n of c.demonyms) if (/^\p{Lu}/u.test(n)) demonyms.set(norm(n), c.code);
  }
  const g = { names, capitals, demonyms, display };
  gazCache.set(lang, g);
  return g;
}

/** . ’ ' - & */
const isTrailing = (c: number) => c === 46 || c === 0x2019 || c === 39 || c === 45 || c === 38;

// Character classes by UTF-16 code unit, filled lazily: 1 a letter (\p{L}), 2 a number (\p{N}), 4 a mark (\p{M}),
// 8 white space (\s); 128 once classified. Surrogates are classified by code point when met.
const CLS = new Uint8Array(65536);
const RE_L = /^\p{L}$/u, RE_N = /^\p{N}$/u, RE_M = /^\p{M}$/u, RE_S = /^\s$/u;
function clsOf(ch: string): number {
  return (RE_L.test(ch) ? 1 : 0) | (RE_N.test(ch) ? 2 : 0) | (RE_M.test(ch) ? 4 : 0) | (RE_S.test(ch) ? 8 : 0) | 128;
}
/** The class bits of the code unit at i (the code point when i starts a surrogate pair) and its length. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? clsOf(String.fromCodePoint(cp)) : clsOf(text[i]);
  }
  let k = CLS[c];
  if (k === 0) { k = clsOf(text[i]); CLS[c] = k; }
  return k;
}
const cpLen = (text: string, i: number) => { const c = text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1; };
/** Is the code unit at i white space (\s)? */
export function isWs(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (charClass(text, i) & 8) !== 0;
}
/** The class bits of the code point that ends just before i (a low surrogate with its high one), and its length. */
function classBefore(text: string, i: number): [number, number] {
  const c = text.charCodeAt(i - 1);
  if ((c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) return [charClass(text, i - 2), 2];
  if (c >= 0xd800 && c <= 0xdfff) return [clsOf(text[i - 1]), 1];
  return [charClass(text, i - 1), 1];
}
/**
 * The lower-cased word of letters (and ’ ') that ends right before `pos` after optional white space, looking back no
 * further than `lo`; '' when none: `text.slice(lo, pos).match(/([\p{L}’']+)\s*$/u)?.[1]?.toLowerCase() ?? ''`
 * (with `needSpace`, `\s+` instead of `\s*`).
 */
export function wordBefore(text: string, lo: number, pos: number, needSpace = false): string {
  let k = pos;
  while (k > lo && isWs(text, k - 1)) k--;
  if (needSpace && k === pos) return '';
  const end = k;
  while (k > lo) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x2019 || c === 39) { k--; continue; }
    if (c < 128) { if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { k--; continue; } break; }
    const [cl, n] = classBefore(text, k);
    if (cl & 1 && k - n >= lo) { k -= n; continue; }
    break;
  }
  return k < end ? text.slice(k, end).toLowerCase() : '';
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export function tokenize(text: string, paras: Paragraph[]): TokenList {
  const out = new TokenList(text);
  // Words: [\p{L}\p{N}][\p{L}\p{M}\p{N}’'\-.&]*, scanned by hand (no match objects).
  for (const p of paras) {
    const end = p.end;
    let i = p.start;
    while (i < end) {
      const c = text.charCodeAt(i);
      let ok: boolean, n = 1;
      if (c < 128) ok = isAsciiAlnum(c);
      else { ok = (charClass(text, i) & 3) !== 0; n = cpLen(text, i); }
      if (!ok) { i += n; continue; }
      let j = i + n, apos = false, hyph = false;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (isAsciiAlnum(d) || d === 46 || d === 38) { j++; continue; }
          if (d === 45) { hyph = true; j++; continue; }
          if (d === 39) { apos = true; j++; continue; }
          break;
        }
        if (d === 0x2019) { apos = true; j++; continue; }
        if (charClass(text, j) & 7) { j += cpLen(text, j); continue; }
        break;
      }
      token(text, i, j, p.start, apos, hyph, out);
      i = j;
    }
  }
  return out;
}

function token(text: string, s: number, e: number, paraStart: number, apos: boolean, hyph: boolean, out: TokenList) {
  if (apos) { tokenApos(text, s, e, paraStart, out); return; }
  let stop = false;
  // Trailing punctuation: keep the dot of abbreviations and initials.
  while (e > s && isTrailing(text.charCodeAt(e - 1))) {
    if (text.charCodeAt(e - 1) === 46) {
      const core = text.slice(s, e - 1);
      if (ABBREV.has(core.toLowerCase()) || /^\p{L}$/u.test(core) || /\p{L}\.\p{L}/u.test(core)) break;
      stop = true;
    }
    e--;
  }
  if (e > s) mk(text, s, e - s, stop, paraStart, hyph, false, out);
}

/** A word with an apostrophe: an elided article comes off ("l’Union"), a possessive is marked. */
function tokenApos(text: string, s: number, e: number, paraStart: number, out: TokenList) {
  let t = text.slice(s, e);
  let stop = false;
  const el = ELISION.exec(t);
  if (el) {
    mk(text, s, el[0].length, false, paraStart, el[0].includes('-'), false, out);
    s += el[0].length;
    t = t.slice(el[0].length);
  }
  while (t && isTrailing(t.charCodeAt(t.length - 1))) {
    if (t.endsWith('.')) {
      const core = t.slice(0, -1);
      if (ABBREV.has(core.toLowerCase()) || /^\p{L}$/u.test(core) || /\p{L}\.\p{L}/u.test(core)) {
        // An abbreviation keeps its dot; it still ends the sentence when a lower-case-free break follows.
        break;
      }
      stop = true;
    }
    t = t.slice(0, -1);
  }
  if (!t) return;
  let poss = false;
  const pm = /(?:['’]s|s['’])$/.exec(t);
  if (pm && t.length > 3) {
    poss = true;
    if (/s['’]$/.test(t)) t = t.slice(0, -1);
    else t = t.slice(0, -2);
  }
  mk(text, s, t.length, stop, paraStart, t.includes('-'), poss, out);
}

/** . ! ? … : ; – — « » “ ” „ " ‘ ( [ */
const isStartPrev = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014
  || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 34 || c === 0x2018 || c === 40 || c === 91;
const TITLE_DOT = /\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|M|Mme)\.$/;

const RE_LU1 = /^\p{Lu}/u;
const PARTICLE_CAP = /^(?:al|el|de|van|von|bin|ibn)-\p{Lu}/u;

/** A token of text[s, s + len); `hyph` when the word as scanned had a hyphen (the particle test needs one). */
function mk(text: string, s: number, len: number, stop: boolean, paraStart: number, hyph: boolean, poss: boolean, out: TokenList) {
  const e = s + len;
  let t: string | undefined;
  const c0 = text.charCodeAt(s);
  let cap: boolean;
  if (c0 < 128) cap = c0 >= 65 && c0 <= 90;
  else { const ch = text[s]; cap = ch !== ch.toLowerCase() && RE_LU1.test(ch); }
  if (!cap && hyph && len > 3) { t = text.slice(s, e); cap = PARTICLE_CAP.test(t); }
  let acr = false;
  if (cap && len <= 12) {
    const c1 = len > 1 ? text.charCodeAt(s + 1) : 0;
    // a lower-case ASCII letter second rules an acronym out at once ("Kabul")
    if (!(c1 >= 97 && c1 <= 122)) {
      t ??= text.slice(s, e);
      const letters = t.replace(/[^\p{L}]/gu, '');
      acr = letters.length >= 2 && letters.length <= 7 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    }
  }
  // Sentence-initial: the previous visible character ends a sentence or opens a quotation.
  let k = s - 1;
  while (k >= paraStart && (text.charCodeAt(k) <= 32 || isWs(text, k))) k--;
  const pc = k < paraStart ? -1 : text.charCodeAt(k);
  let start = pc < 0 || isStartPrev(pc);
  if (pc === 46 && k > 1 && TITLE_DOT.test(text.slice(Math.max(paraStart, k - 5), k + 1))) start = false;
  out.push(s, e, (cap ? CAP : 0) | (acr ? ACR : 0) | (start ? START : 0) | (stop ? STOP : 0) | (poss ? POSS : 0));
}

// Verdicts per word, kept across calls (bounded).
const titleMemo = new Map<string, boolean>();
const isTitle = (t: string): boolean => {
  let v = titleMemo.get(t);
  if (v === undefined) {
    if (titleMemo.size > 20000) titleMemo.clear();
    v = isTitleWord(t);
    titleMemo.set(t, v);
  }
  return v;
};
const isTitleWord = (t: string) => {
  const l = t.toLowerCase();
  if (TITLES.has(l) || TITLES.has(l.replace(/\.$/, ''))) return true;
  const last = l.split('-').pop() ?? l;
  return ROLE_SUFFIXES.some((suf) => last.endsWith(suf) && last.length > suf.length + 2) || (l.includes('-') && ROLE_SUFFIXES.some((suf) => last === suf));
};
const orgMemo = new Map<string, boolean>(), orgMemoDe = new Map<string, boolean>();
const isOrgHead = (t: string, lang: string): boolean => {
  const memo = lang === 'de' ? orgMemoDe : orgMemo;
  let v = memo.get(t);
  if (v === undefined) {
    if (memo.size > 20000) memo.clear();
    v = isOrgHeadWord(t, lang);
    memo.set(t, v);
  }
  return v;
};
const isOrgHeadWord = (t: string, lang: string) => {
  const l = t.toLowerCase();
  if (ORG_HEADS.has(l)) return true;
  if (lang === 'de') {
    const g = l.endsWith('s') ? l.slice(0, -1) : l;
    return ORG_SUFFIXES.some((suf) => (l.endsWith(suf) || g.endsWith(suf)) && l.length > suf.length);
  }
  return false;
};

export interface Run {
  toks: Token[];
  s: number;
  e: number;
  text: string;
  prevWord: string;
}

/** text[a, b) is one space or no-break space. */
const oneSpace = (text: string, a: number, b: number) => b - a === 1 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 0xa0);
/** norm() of a token (no white space in it): its lower case with ’ as '. */
const normTok = (t: Token) => { const l = t.l; return l.includes('’') || l.includes("'") ? norm(t.t) : l; };

/** Plurals that take ’s ("Women’s Institute", "Children’s Society", "People’s Party"). */
const IRREGULAR_PLURAL = /(?:men|people|children|folk)$/i;
/**
 * Does a possessive end `prev` inside a name: a plural ("Workers’ ", "Farmers' ") or an irregular plural with ’s
 * ("Women’s "), followed by a capitalised organisation head word (token j) after one space.
 */
function possInName(text: string, prev: Token, toks: TokenList, j: number, lang: string): boolean {
  const a = prev.e, b = toks.s[j];
  if (b - a < 2 || b - a > 3 || !toks.isCap(j) || toks.isStart(j)) return false;
  const q = text.charCodeAt(a);
  if (q !== 0x2019 && q !== 39) return false;
  const sp = text.charCodeAt(b - 1);
  if (sp !== 32 && sp !== 0xa0) return false;
  if (b - a === 2) { if ((text.charCodeAt(a - 1) | 32) !== 115) return false; } // s’
  else if (text.charCodeAt(a + 1) !== 115 || !IRREGULAR_PLURAL.test(prev.t)) return false; // ’s
  return isOrgHead(toks.at(j).t, lang);
}

/** Capitalised runs with connecting particles, cut at sentence ends and punctuation. */
export function runs(text: string, toks: TokenList, lower: Set<string>, lang: string): Run[] {
  const out: Run[] = [];
  const capsMid = new Set<string>();
  for (let k = 0; k < toks.n; k++) if (toks.isCap(k) && !toks.isStart(k)) capsMid.add(toks.at(k).t);
  let i = 0;
  while (i < toks.length) {
    if (!toks.isCap(i)) { i++; continue; }
    const t = toks.at(i);
    if (NON_NAME.test(t.t)) { i++; continue; }
    const run: Token[] = [t];
    let j = i + 1;
    while (j < toks.length) {
      const prev = run[run.length - 1];
      if (prev.stop) break;
      // "the Ferry Workers’ Union", "the Women’s Institute": a plural possessive inside an organisation's name
      if (possInName(text, prev, toks, j, lang)) { run.push(toks.at(j)); j++; continue; }
      if (prev.poss) break;
      if (!oneSpace(text, prev.e, toks.at(j).s)) break;
      const nt = toks.at(j);
      if (NOT_PARTIES.has(nt.l) || NOT_PARTIES.has(prev.l)) break;
      if (nt.cap && !nt.start && !NON_NAME.test(nt.t)) { run.push(nt); j++; continue; }
      if (!nt.cap && CONNECT.has(nt.l) && j + 1 < toks.length) {
        // a particle joins when a capitalised word follows after a single space (or another particle)
        let k = j;
        while (k < toks.length && !toks.at(k).cap && CONNECT.has(toks.at(k).l) && oneSpace(text, toks.at(k - 1).e, toks.at(k).s) && k - j < 2) k++;
        if (k < toks.length && toks.at(k).cap && oneSpace(text, toks.at(k - 1).e, toks.at(k).s) && !toks.at(k - 1).stop) {
          for (let q = j; q <= k; q++) run.push(toks.at(q));
          j = k + 1;
          continue;
        }
      }
      // Romance organisation names: "Consiglio comunale di Firenze", "Commission européenne", "Assemblée nationale".
      if (!nt.cap && lang !== 'en' && lang !== 'de' && isOrgHead(prev.t, lang) && ADJ_SUFFIX.test(nt.t) && nt.t.length > 4) {
        run.push(nt);
        j++;
        continue;
      }
      break;
    }
    // Trailing particles never end a run; nor do post-nominal letters (Siobhan O’Brien SC).
    while (run.length > 1 && (!run[run.length - 1].cap || /^(SC|QC|KC|MP|MEP|MSP|MdB|OBE|CBE|MBE|PhD|Jr|Sr)\.?$/.test(run[run.length - 1].t))) run.pop();
    // Sentence-initial function word or common word: drop it.
    while (run.length && run[0].start && run.length >= 1) {
      const l = run[0].l;
      if (FUNCTION_WORDS.has(l) || (lower.has(l) && !run[0].acr && !isTitle(run[0].t))) {
        run.shift();
        while (run.length && !run[0].cap) run.shift();
        continue;
      }
      break;
    }
    // "Shares of Veridian …": a sentence-initial word joined by a particle, never capitalised elsewhere
    if (run.length > 2 && run[0].start && !run[1].cap && !capsMid.has(run[0].t)) { run.shift(); while (run.length && !run[0].cap) run.shift(); }
    // Leading determiners written with a capital inside a sentence ("The Hague" stays: handled by gazetteer).
    while (run.length > 1 && /^(the|die|der|das|la|le|les|il|lo|el|los|las)$/i.test(run[0].t)) run.shift();
    // "Turkey and Qatar" are two names; "Country Land and Business Association" is one.
    const parts: Token[][] = [];
    if (run.some((t) => AND.has(t.l)) && !isOrgHead(run[0].t, lang) && !isOrgHead(run[run.length - 1].t, lang)) {
      let cur: Token[] = [];
      for (const t of run) {
        if (AND.has(t.l)) { if (cur.length) parts.push(cur); cur = []; } else cur.push(t);
      }
      if (cur.length) parts.push(cur);
    } else if (run.length) parts.push(run);
    for (const part of parts) {
      while (part.length > 1 && !part[part.length - 1].cap) part.pop();
      while (part.length && !part[0].cap) part.shift();
      if (!part.length) continue;
      const s = part[0].s, e = part[part.length - 1].e;
      const pi = part[0].i;
      out.push({ toks: part, s, e, text: text.slice(s, e), prevWord: pi > 0 ? toks.at(pi - 1).l : '' });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Letters of an acronym matched against a span of words ("Union des pêcheurs des Côtes-d’Armor" = UPCA). */
function acronymMatches(acr: string, words: string[], strict: boolean): boolean {
  const A = acr.toUpperCase().replace(/[^\p{Lu}\p{N}]/gu, '');
  const sig = words.filter((w) => !CONNECT.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (!sig.length || sig[0][0].toUpperCase() !== A[0]) return false;
  if (!strict) {
    // each letter in order somewhere in the span; the first letter starts it
    const flat = words.join(' ').toUpperCase();
    let k = 0;
    for (const ch of A) { k = flat.indexOf(ch, k); if (k < 0) return false; k++; }
    const initials = sig.map((w) => w[0].toUpperCase());
    const hits = initials.filter((c) => A.includes(c)).length;
    return hits >= Math.min(sig.length, A.length) - 1;
  }
  // strict: every significant word gives at least its initial, in order; letters may come from inside words
  const parts = sig.flatMap((w) => w.split(/[-’']/).filter(Boolean));
  const rec = (ai: number, wi: number): boolean => {
    if (wi === parts.length) return ai === A.length;
    if (ai >= A.length) return false;
    const w = parts[wi].toUpperCase();
    if (w[0] !== A[ai]) return /^(D|L)$/.test(w) ? rec(ai, wi + 1) : false;
    // take the initial, then optionally further letters of the same word
    let ok = rec(ai + 1, wi + 1);
    let k = 1, a = ai + 1;
    while (!ok && a < A.length) {
      k = w.indexOf(A[a], k);
      if (k < 0) break;
      a++; k++;
      ok = rec(a, wi + 1);
    }
    return ok;
  };
  return rec(0, 0);
}

/**
 * A dateline opening one of the first paragraphs ("NORTHGATE – A third round…", "ST. PAUL, Minn., Oct 3 (Reuters) -"):
 * words in capitals before a dash; a place the story is filed from, not a party, nor an alias or an acronym.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M}.’'-]*\p{Lu}[\p{Lu}\p{M}.’'-]*(?:[ ,]+\p{Lu}[\p{Lu}\p{M}.’'-]*)*)(?:,[^\n–—()]{1,30}?)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:[–—]|--?)\s/u;
function uncapDatelines(text: string, paras: Paragraph[], toks: TokenList) {
  let ti = 0;
  for (let pi = 0; pi < Math.min(3, paras.length); pi++) {
    const p = paras[pi];
    const c = text.charCodeAt(p.start);
    if (!(c >= 65 && c <= 90) && c < 128) continue;
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (!m) continue;
    const end = p.start + m[1].length;
    while (ti < toks.n && toks.s[ti] < p.start) ti++;
    for (; ti < toks.n && toks.s[ti] < end; ti++) toks.f[ti] &= ~(CAP | ACR);
  }
}

/** Words that title case leaves in lower case ("A Dispute over Night Shifts"). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'with', 'over', 'from', 'into', 'onto', 'upon', 'than', 'vs', 'versus', 'about', 'after', 'against', 'among', 'between', 'before', 'during', 'under', 'until', 'without', 'near', 'past', 'through', 'amid', 'behind', 'beyond', 'despite', 'toward', 'towards', 'is', 'are', 'was', 'be']);
/** Marks that end a sentence or close a quotation, a block that ends with one is no heading. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 44
  || c === 0x201d || c === 34 || c === 0xbb || c === 0x2019 || c === 39 || c === 41 || c === 0x300d;
const lowerFirst = (text: string, i: number) => { const c = text.charCodeAt(i); return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : text[i].toLowerCase().charCodeAt(0); };

/**
 * Subheadings in title case ("A Dispute over Night Shifts": a block without sentence-ending punctuation whose words are
 * mostly capitalised): a word there is capitalised by the headline, not as a name, unless the body writes it with a
 * capital inside a sentence (or only ever with one). Other words lose their capital, so they make no party.
 */
function uncapHeadings(text: string, paras: Paragraph[], toks: TokenList) {
  const heads: [number, number][] = [];
  let ti = 0;
  for (const p of paras) {
    while (ti < toks.n && toks.s[ti] < p.start) ti++;
    if (isSentenceEnd(text.charCodeAt(p.end - 1))) continue;
    let k = ti, caps = 0, low = 0;
    for (; k < toks.n && toks.s[k] < p.end; k++) {
      if (k - ti > 20) { low = 1e9; break; }
      if (toks.f[k] & CAP) caps++;
      else { const c = text.charCodeAt(toks.s[k]); if (!(c >= 48 && c <= 57) && !MINOR.has(text.slice(toks.s[k], toks.e[k]).toLowerCase())) low++; }
    }
    if (caps >= 1 && low * 5 <= caps) heads.push([ti, k]);
  }
  if (!heads.length) return;
  // What the body does with each capitalised word of a heading: 1 capitalised inside a sentence, 2 at a sentence start,
  // 4 in lower case.
  const seen = new Map<string, number>();
  const keys = new Set<number>();
  const keyOf = (i: number) => lowerFirst(text, toks.s[i]) * 64 + Math.min(toks.e[i] - toks.s[i], 63);
  for (const [a, b] of heads) for (let i = a; i < b; i++) if (toks.f[i] & CAP) {
    seen.set(text.slice(toks.s[i], toks.e[i]).toLowerCase(), 0);
    keys.add(keyOf(i));
  }
  let h = 0;
  for (let i = 0; i < toks.n; i++) {
    if (h < heads.length && i >= heads[h][0]) { i = heads[h][1] - 1; h++; continue; }
    if (!keys.has(keyOf(i))) continue;
    const l = text.slice(toks.s[i], toks.e[i]).toLowerCase();
    const v = seen.get(l);
    if (v === undefined) continue;
    const f = toks.f[i];
    seen.set(l, v | (!(f & CAP) ? 4 : f & START ? 2 : 1));
  }
  for (const [a, b] of heads) for (let i = a; i < b; i++) if (toks.f[i] & CAP) {
    const v = seen.get(text.slice(toks.s[i], toks.e[i]).toLowerCase()) ?? 0;
    if (!(v & 1) && !(v === 2)) toks.f[i] &= ~(CAP | ACR);
  }
}

export function buildRegistry(text: string, paras: Paragraph[], quotes: RawQuote[], lang: string): Registry {
  const toks = tokenize(text, paras);
  uncapDatelines(text, paras, toks);
  uncapHeadings(text, paras, toks);
  // Sentence-initial capitalised words that also occur in lower case (the only words `runs` asks about).
  // (asked words by first ASCII character and length, until all words of a key are found: the other words need no
  // lower-case copy)
  const asked = new Set<string>();
  const keys = new Map<number, number>();
  let anyKey = false;
  const keyOf = (c: number, n: number) => c * 64 + Math.min(n, 63);
  for (let i = 0; i < toks.n; i++) if (toks.isCap(i) && toks.isStart(i)) {
    const l = toks.at(i).l;
    if (asked.has(l)) continue;
    asked.add(l);
    const c = l.charCodeAt(0);
    // a word written with İ grows when lower-cased: compare such words in full
    if (c >= 128 || l.includes('\u0307')) anyKey = true;
    else { const k = keyOf(c, l.length); keys.set(k, (keys.get(k) ?? 0) + 1); }
  }
  const lower = new Set<string>();
  for (let i = 0; i < toks.n; i++) {
    if (toks.isCap(i)) continue;
    const ts = toks.s[i], te = toks.e[i];
    const c = text.charCodeAt(ts);
    const k = keyOf(c, te - ts);
    if (!anyKey && (c >= 128 || !keys.has(k))) continue;
    const l = text.slice(ts, te).toLowerCase();
    if (!asked.has(l) || lower.has(l)) continue;
    lower.add(l);
    const left = (keys.get(k) ?? 0) - 1;
    if (left > 0) keys.set(k, left); else keys.delete(k);
  }
  const gaz = gazetteer(lang);
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const reg: Registry = {
    text, quotes, lang, tokens: toks, entities, mentions, byName, lower,
    add(name, type, key) {
      const k = key ?? norm(name);
      let e = byName.get(k);
      if (!e) {
        e = { id: entities.length, name, type, aliases: new Set(), description: null, roles: new Set(), roleWords: new Set(), mentions: [], quotes: 0, evidence: { person: 0, org: 0, place: 0, country: 0 }, nameWords: undefined, nameParts: undefined };
        entities.push(e);
        byName.set(k, e);
      }
      return e;
    },
    find(name) { return byName.get(norm(name)); },
    mention(ent, s, e, subject) {
      const m: Mention = { s, e, text: text.slice(s, e), ent, subject };
      ent.mentions.push(m);
      mentions.push(m);
      return m;
    },
  };
  const country = (code: string): Entity => {
    const e = reg.add(gaz.display.get(code) ?? code, 'country');
    e.country = code;
    e.evidence.country += 3;
    return e;
  };

  // 1. Acronyms defined in parentheses: "Long Name (ACR)".
  const acronyms = new Map<string, Entity>();
  const defRe = /\(([\p{Lu}][\p{L}&.-]{1,8})\)/gu;
  let m: RegExpExecArray | null;
  while ((m = defRe.exec(text))) {
    const acr = m[1];
    if ((acr.match(/\p{Lu}/gu) ?? []).length < 2 && !/^\p{Lu}\p{Ll}{1,3}$/u.test(acr)) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/\s+$/, '');
    const words = before.split(/\s+/);
    let best: string[] | null = null;
    for (let n = 1; n <= Math.min(9, words.length); n++) {
      const span = words.slice(words.length - n).map((w) => w.replace(ELISION, '').replace(/^[“"«„(]+/, ''));
      if (/[.,;:!?)]$/.test(words[words.length - n]) && n > 1) break;
      const firstCap = /^\p{Lu}/u.test(span[0]);
      if (!firstCap) continue;
      if (acronymMatches(acr, span, true) || (span.every((w) => /^\p{Lu}/u.test(w) || CONNECT.has(w.toLowerCase())) && acronymMatches(acr, span, false))) best = span;
    }
    if (!best) continue;
    let name = best.join(' ').replace(/[’']s$/, '');
    if (/^(The|Die|Der|Das|La|Le|Il|Lo|El|Los|Las|Les)\s/.test(name)) name = name.replace(/^\S+\s/, '');
    const code = gaz.names.get(norm(name));
    const ent = code ? country(code) : reg.add(name, 'organization');
    if (!code) ent.evidence.org += 3;
    ent.aliases.add(acr);
    acronyms.set(acr.toUpperCase(), ent);
    const s = text.lastIndexOf(name, m.index);
    if (s >= 0) reg.mention(ent, s, s + name.length);
  }

  // 2. Capitalised runs.
  const rs = runs(text, toks, lower, lang);
  let qi = 0;
  for (const r of rs) {
    while (qi < quotes.length && quotes[qi].end <= r.s) qi++;
    classify(reg, r, gaz, acronyms, country, lang, qi < quotes.length && quotes[qi].start <= r.s);
  }

  // 3. "also known as".
  const akaRe = /\b(?:also known as|known as|aka|a\.k\.a\.|also called|dit|detto|genannt|alias|conocido como)\s+(?:the\s+|les?\s+|la\s+|il\s+|die\s+|der\s+)?((?:[\p{Lu}][\p{L}’'-]+)(?:\s+[\p{Lu}][\p{L}’'-]+)*)/gu;
  while ((m = akaRe.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    const prev = mentions.filter((x) => x.e <= m!.index && x.e >= m!.index - 120 && x.ent.type !== 'country').sort((a, b) => b.e - a.e)[0];
    if (!prev || /[.!?]\s/.test(text.slice(prev.e, m.index))) continue;
    prev.ent.aliases.add(m[1]);
    const dup = reg.find(m[1]);
    if (dup && dup !== prev.ent) mergeInto(reg, dup, prev.ent);
    void before;
  }

  // 4. Surnames and short forms to the full name mentioned nearest before (same-surname people stay apart).
  linkShortForms(reg);
  // 5. Descriptions and role words from appositions and titles.
  describe(reg);
  // 6. Roles from "hosted and mediated by A and B".
  const hostRe = /\b((?:hosted|mediated|brokered|chaired|organi[sz]ed|sponsored|facilitated)(?:\s+(?:and|&)\s+(?:hosted|mediated|brokered|chaired|organi[sz]ed|sponsored|facilitated))*)\s+by\s+([^.;:]{2,80})/g;
  while ((m = hostRe.exec(text))) {
    const roles = m[1].split(/\s+(?:and|&)\s+/).map((v) => ({ hosted: 'host', mediated: 'mediator', brokered: 'mediator', chaired: 'chair', sponsored: 'sponsor', facilitated: 'mediator' } as Record<string, string>)[v] ?? 'organizer');
    const s = m.index + m[0].length - m[2].length, e = m.index + m[0].length;
    const tail = text.slice(s, e);
    const cut = tail.search(/,|\bwhich\b|\bwho\b|\bwere\b|\bwas\b/);
    const end = cut >= 0 ? s + cut : e;
    for (const x of mentions) if (x.s >= s && x.e <= end) for (const r of roles) x.ent.roles.add(r);
  }
  return reg;
}

function classify(reg: Registry, r: Run, gaz: Gaz, acronyms: Map<string, Entity>, country: (c: string) => Entity, lang: string, inQuote: boolean) {
  const { text } = reg;
  let toks = r.toks;
  const k = norm(r.text);
  // Whole run in the gazetteer.
  const code = gaz.names.get(k) ?? gaz.capitals.get(k);
  if (code) {
    const isCap = gaz.capitals.has(k) && !gaz.names.has(k);
    if (isCap && LOCATIVE.has(r.prevWord)) return;
    const e = country(code);
    if (isCap) e.aliases.add(r.text);
    // "Washington Post" is a newspaper: handled by the run containing more words; here the run is exactly the name.
    reg.mention(e, r.s, r.e, r.toks[0].start);
    governmentOf(reg, r, e);
    return;
  }
  const dem = gaz.demonyms.get(normTok(toks[0]));
  if (dem && !toks.some((t) => isOrgHead(t.t, lang) && toks.length > 2)) {
    const e = country(dem);
    e.aliases.add(toks[0].t);
    reg.mention(e, toks[0].s, toks[0].e);
    toks = toks.slice(1);
    while (toks.length && !toks[0].cap) toks = toks.slice(1);
    if (!toks.length) return;
  }
  // Single acronym token.
  if (toks.length === 1 && toks[0].acr) {
    const t = toks[0].t.replace(/-.*$/, '');
    const a = acronyms.get(t.toUpperCase());
    if (a) { reg.mention(a, toks[0].s, toks[0].s + t.length, toks[0].start); return; }
    const c2 = gaz.names.get(norm(t));
    if (c2) { const e = country(c2); e.aliases.add(t); reg.mention(e, toks[0].s, toks[0].e, toks[0].start); governmentOf(reg, r, e); return; }
    if (KNOWN_ORGS[t]) { const e = reg.add(KNOWN_ORGS[t], 'organization'); e.evidence.org += 3; if (KNOWN_ORGS[t] !== t) e.aliases.add(t); reg.mention(e, toks[0].s, toks[0].e); return; }
    if (t.length < 2 || /^(X|I|II|III|IV|V|VI|SC|QC|KC|AG|OK|TV|AM|PM|CEO|GDP|AI|ID|PC)$/.test(t)) return;
    const e = reg.add(t, 'organization');
    e.evidence.org += 1;
    reg.mention(e, toks[0].s, toks[0].e, toks[0].start);
    return;
  }
  // Acronym prefixes in hyphen compounds ("GHL-Verhandlungsführerin", "ZVH-Hauptgeschäftsführer").
  for (const t of toks) {
    const hm = t.e - t.s > 2 && t.t.includes('-') ? /^([\p{Lu}]{2,6})-/u.exec(t.t) : null;
    if (hm && acronyms.get(hm[1])) reg.mention(acronyms.get(hm[1])!, t.s, t.s + hm[1].length);
  }
  // Titles and roles before a name: keep what follows the last title as the name.
  let lastTitle = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i].cap && isTitle(toks[i].t)) lastTitle = i;
  // "Sprecher des Bundesverkehrsministeriums", "Spokesman for the Pentagon": the organisation, not a name
  if (lastTitle >= 0 && SPOKES.has(toks[lastTitle].l) && toks[lastTitle + 1] && !toks[lastTitle + 1].cap) {
    toks = toks.slice(lastTitle + 1);
    while (toks.length && !toks[0].cap) toks = toks.slice(1);
    lastTitle = -1;
    if (!toks.length) return;
  }
  if (lastTitle >= 0 && toks.slice(lastTitle + 1).some((t) => isOrgHead(t.t, lang) || PLACE_HEADS.has(t.l))) lastTitle = -1;
  if (lastTitle === toks.length - 1 && toks.some((t, i) => i < lastTitle && isOrgHead(t.t, lang))) return; // "Resources Minister": a role phrase
  // German: "Gewerkschafterin Claudia Reimers" (a compound role noun, capitalised like every noun)
  if (lang === 'de' && lastTitle < 0 && toks.length >= 3 && !toks.some((t) => isOrgHead(t.t, lang)) && toks.every((t) => t.cap && !t.acr)) lastTitle = toks.length - 3;
  let prefix: Token[] = [];
  if (lastTitle >= 0) {
    prefix = toks.slice(0, lastTitle + 1);
    toks = toks.slice(lastTitle + 1);
    while (toks.length && !toks[0].cap) toks = toks.slice(1);
    for (const t of prefix) {
      const a = acronyms.get(t.t.toUpperCase());
      const c2 = gaz.names.get(normTok(t)) ?? gaz.demonyms.get(normTok(t));
      if (a) reg.mention(a, t.s, t.e);
      else if (c2) reg.mention(country(c2), t.s, t.e);
    }
    if (!toks.length) return; // a role phrase ("Agriculture Minister"), not a name
  }
  if (!toks.length) return;
  // "Reederei Nordlicht Container Line": a head noun before an organisation's own name is an alias.
  const aliasHead: string[] = [];
  if (toks.length >= 3 && isOrgHead(toks[0].t, lang) && toks.slice(1).some((t) => isOrgHead(t.t, lang)) && toks[1].cap) {
    aliasHead.push(toks[0].t);
    toks = toks.slice(1);
  }
  let name = text.slice(toks[0].s, toks[toks.length - 1].e);
  if (lang === 'de' && toks.length === 1 && /s$/.test(name) && isOrgHead(name, lang) && ORG_SUFFIXES.some((x) => name.toLowerCase().slice(0, -1).endsWith(x))) name = name.slice(0, -1);
  const nk = name === r.text ? k : norm(name);
  const words = toks.filter((t) => t.cap);
  if (words.every((t) => NOT_PARTIES.has(t.l))) return;
  if (toks.length === 1 && (NOT_PARTIES.has(nk) || FAITH_WORDS.has(nk))) return;
  // Known names again (after stripping).
  const c3 = gaz.names.get(nk) ?? gaz.capitals.get(nk);
  if (c3 && prefix.length === 0) {
    const e = country(c3);
    if (gaz.capitals.has(nk) && !gaz.names.has(nk)) e.aliases.add(name);
    reg.mention(e, toks[0].s, toks[toks.length - 1].e, toks[0].start);
    return;
  }
  const heads = toks.map((t) => t.l);
  const after = text.slice(r.e, r.e + 30);
  // "the Istanbul talks": a lone name qualifying an event noun names no party (a known one was matched above).
  if (toks.length === 1 && !toks[0].acr && /^\s+\p{Ll}/u.test(after) && EVENT_NOUNS.has(/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) return;
  if (heads.some((h, i) => isOrgHead(toks[i].t, lang)) && /^\s+\p{Ll}+/u.test(after) && ROLE_NOUNS.has((/^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? ''))) return;
  if (inQuote && !prefix.length) {
    const q = quoteText(reg, toks[0].s);
    if (q !== null && (norm(q) === norm(name) || q.split(/\s+/).length <= 4)) return;
  }
  let type: Entity['type'] = 'unknown';
  const ev = { person: 0, org: 0, place: 0, country: 0 };
  if (heads.some((h) => MEDIA_HEADS.has(h)) && toks.length > 1 && !heads.some((h) => /^(union|association|party|agency)$/.test(h))) type = 'media';
  else if (heads.some((h, i) => isOrgHead(toks[i].t, lang) && (toks[i].cap || i > 0))) { type = 'organization'; ev.org += 2; }
  else if (PLACE_HEADS.has(heads[heads.length - 1]) || (heads.length > 1 && PLACE_HEADS.has(heads[0]) && /^(mount|lake|port|palazzo|piazza|via|rue|place)$/.test(heads[0]))) { type = 'place'; ev.place += 2; }
  // Evidence from context.
  const prevWord = wordBefore(reg.text, Math.max(0, toks[0].s - 30), toks[0].s);
  if (prefix.length) ev.person += 3;
  if (type === 'unknown') {
    if (/^(the|der|die|das|la|le|les|il|lo|gli|el|los|las|l’|l')$/.test(prevWord) && toks.length <= 3) { ev.org += 2; }
    if (LOCATIVE.has(prevWord)) ev.place += 2;
    if (/^(société|company|firm|group|groupe|entreprise|reederei|società|gruppo|empresa|startup|club|team|party|parti|partito)$/.test(prevWord)) ev.org += 3;
    if (words.length >= 2 && words.length <= 4 && words.every((t) => /^\p{Lu}[\p{Ll}’'-]/u.test(t.t) || /^(?:al|el|de|van|von|bin|ibn)-/.test(t.t) || /^\p{Lu}\.$/u.test(t.t))) ev.person += 1;
    if (/^,\s*\d{1,3}\s*(?:,|anni|ans|años|Jahre|years)/.test(reg.text.slice(toks[toks.length - 1].e, toks[toks.length - 1].e + 12))) ev.person += 3;
  }
  const e = reg.add(name, type, nk);
  for (const a of aliasHead) e.aliases.add(a);
  if (e.type === 'unknown' && type !== 'unknown') e.type = type;
  e.evidence.person += ev.person; e.evidence.org += ev.org; e.evidence.place += ev.place;
  const titleWords = prefix.map((t) => t.l.replace(/\.$/, ''));
  const mn = reg.mention(e, toks[0].s, toks[toks.length - 1].e, r.toks[0].start);
  if (titleWords.length) {
    const tmp: RoleHolder = { roleWords: new Set(), gender: undefined };
    for (const w of titleWords) {
      if (/^(mr|m|herr|sig|sr|don)$/.test(w)) tmp.gender = 'm';
      else if (/^(mrs|ms|miss|mme|frau|sig\.ra|sra|doña|mlle)$/.test(w)) tmp.gender = 'f';
      else addRoleWord(tmp, w);
    }
    mn.gender = tmp.gender;
    mn.roleWords = [...tmp.roleWords];
    if (toks.length > 1) {
      if (tmp.gender) e.gender = tmp.gender;
      for (const w of tmp.roleWords) e.roleWords.add(w);
      const desc = prefix.filter((t) => !/^(mr|mrs|ms|miss|dr|m|mme|herr|frau|sig|sr|sra)\.?$/i.test(t.t)).map((t) => t.t).join(' ');
      if (desc && !e.description) e.description = desc;
    }
  }
  if (inQuote) e.evidence.place += 0;
}

function quoteText(reg: Registry, pos: number): string | null {
  const q = reg.quotes.find((x) => pos >= x.start && pos < x.end);
  return q ? reg.text.slice(q.start, q.end) : null;
}

function governmentOf(reg: Registry, r: Run, e: Entity) {
  // "the UK government", "Queensland government": a government party of its own.
  const after = reg.text.slice(r.e, r.e + 14);
  const gm = /^\s+(government|gouvernement|governo|Regierung|gobierno)\b/.exec(after);
  if (gm && !/^\p{Ll}+$/u.test(r.text)) {
    const name = `${r.text} ${gm[1]}`;
    const g = reg.add(name, 'organization');
    g.evidence.org += 3;
    reg.mention(g, r.s, r.e + gm[0].length);
    e.mentions.pop();
    reg.mentions.splice(reg.mentions.findIndex((x) => x.ent === e && x.s === r.s), 1);
  }
}

type RoleHolder = Pick<Entity, 'roleWords' | 'gender'>;
function addRoleWord(e: RoleHolder, w: string) {
  const l = w.toLowerCase();
  e.roleWords.add(l);
  for (const suf of ['senatorin', 'senator', 'ministerin', 'minister', 'sprecherin', 'sprecher', 'präsidentin', 'präsident', 'vorsitzende', 'vorsitzender', 'führerin', 'führer', 'chefin', 'chef', 'leiterin', 'leiter']) if (l.endsWith(suf)) e.roleWords.add(suf);
  if (/^(spokeswoman|sindaca|ministra|senatorin|ministerin|sprecherin|présidente|directrice|alcaldesa|presidenta|chairwoman|congresswoman|councilwoman|assessora|senatrice|deputata|patronne|préfète|médiatrice)$/.test(l)) e.gender = e.gender ?? 'f';
  if (/^(spokesman|sindaco|ministro|chairman|congressman|councilman|assessore|senatore|deputato|patron|préfet|médiateur)$/.test(l)) e.gender = e.gender ?? 'm';
}

function mergeInto(reg: Registry, from: Entity, to: Entity) {
  for (const m of from.mentions) { m.ent = to; to.mentions.push(m); }
  from.mentions = [];
  to.aliases.add(from.name);
  for (const a of from.aliases) to.aliases.add(a);
  for (const r of from.roles) to.roles.add(r);
  for (const r of from.roleWords) to.roleWords.add(r);
  if (!to.description) to.description = from.description;
  to.evidence.person += from.evidence.person; to.evidence.org += from.evidence.org;
  to.quotes += from.quotes;
  from.type = 'unknown';
  (from as Entity & { merged?: Entity }).merged = to;
}

export const resolved = (e: Entity): Entity => {
  let x = e;
  while ((x as Entity & { merged?: Entity }).merged) x = (x as Entity & { merged?: Entity }).merged!;
  return x;
};

function linkShortForms(reg: Registry) {
  const multi = reg.entities.filter((e) => e.name.includes(' ') || e.name.includes('-'))
    .map((f) => { const parts = f.name.toLowerCase().split(/\s+/); return { f, parts, first: parts[0], last: parts[parts.length - 1], lastTwo: parts.slice(-2).join(' ') }; });
  const singles = reg.entities.filter((e) => !e.name.includes(' ') && e.mentions.length && e.type !== 'country');
  // Aliases as they stand before linking (the first entity to carry one owns it).
  const aliasOwners = new Map<string, Entity[]>();
  for (const f of reg.entities) for (const a of f.aliases) {
    const list = aliasOwners.get(a.toLowerCase());
    if (!list) aliasOwners.set(a.toLowerCase(), [f]); else if (!list.includes(f)) list.push(f);
  }
  for (const e of singles) {
    const key = e.name.toLowerCase();
    const owner = aliasOwners.get(key)?.find((f) => f !== e);
    if (owner) { mergeInto(reg, e, resolved(owner)); continue; }
    // Each mention goes to the nearest earlier entity whose last (person) or first/last (organisation) word matches.
    const ms = [...e.mentions];
    let moved = 0;
    for (const m of ms) {
      let best: Entity | null = null, bestPos = -1;
      for (const { f, parts, first, last, lastTwo } of multi) {
        if (f === e || f.type === 'country' || f.type === 'media') continue;
        const okPerson = f.type !== 'organization' && (last === key || (parts.length > 2 && lastTwo === key));
        const okOrg = f.type === 'organization' && (first === key || last === key) && (!ORG_HEADS.has(key) || /\b(?:the|la|le|l’|il|die|der|das)\s*$/i.test(reg.text.slice(Math.max(0, m.s - 5), m.s)));
        if (!okPerson && !okOrg) continue;
        let pos = -1;
        for (const x of f.mentions) if (x.s < m.s && x.ent === f && x.s > pos) pos = x.s;
        if (pos > bestPos || (best === null && pos < 0 && f.mentions.length)) { best = f; bestPos = pos; }
      }
      if (best) {
        m.ent = best;
        best.mentions.push(m);
        best.aliases.add(m.text.replace(/^(?:Mr|Mrs|Ms|Dr|M|Mme|Herr|Frau)\.?\s+/, '') === e.name ? e.name : m.text);
        if (m.gender && !best.gender) best.gender = m.gender;
        for (const r of m.roleWords ?? []) best.roleWords.add(r);
        if (e.evidence.person > 0 && best.type === 'unknown') best.evidence.person += e.evidence.person;
        moved++;
      }
    }
    if (moved) {
      e.mentions = e.mentions.filter((m) => m.ent === e);
      if (!e.mentions.length) (e as Entity & { merged?: Entity }).merged = resolved(ms[0].ent);
    }
  }
  // Person typing of multiword unknowns happens in finalize; here also merge "Mr Paris" style title-only forms.
}

const DET = /^(?:the|a|an|its|his|her|their|our|le|la|les|l’|l'|un|une|il|lo|la|un’|der|die|das|ein|eine|el|los|las|una|chief|former|retired)\b/i;

const ROLE_WORD = /^\p{Ll}[\p{L}-]+$/u;
/** The last white-space-delimited word of s when white space follows it, else ''. */
function lastWord(s: string): string {
  let k = s.length;
  while (k > 0 && isWs(s, k - 1)) k--;
  if (k === s.length) return '';
  const end = k;
  while (k > 0 && !isWs(s, k - 1)) k--;
  return s.slice(k, end);
}
/** Offset just after the n-th run of white space counted from the end of s (0 when s has fewer). */
function afterNthSpaceRun(s: string, n: number): number {
  let k = s.length, runs = 0;
  while (k > 0) {
    if (isWs(s, k - 1)) {
      const end = k;
      while (k > 0 && isWs(s, k - 1)) k--;
      if (++runs === n) return end;
    } else k--;
  }
  return 0;
}

/** The first n mentions by position (a stable sort; no copy when they are in order already). */
function firstMentions(ms: Mention[], n: number): Mention[] {
  let sorted = true;
  for (let i = 1; i < ms.length && sorted; i++) if (ms[i].s < ms[i - 1].s) sorted = false;
  return sorted ? (ms.length <= n ? ms : ms.slice(0, n)) : [...ms].sort((a, b) => a.s - b.s).slice(0, n);
}

/** "the operator", "a family-owned ferry company": a determiner, at most three modifiers and an organisation noun. */
function orgApposition(d: string): boolean {
  const ws = d.trim().split(/\s+/);
  if (ws.length < 2 || ws.length > 5 || !/^(?:the|its|their|a|an|le|la|l’|l'|il|lo|der|die|das|el|un|une)$/i.test(ws[0])) return false;
  const head = ws[ws.length - 1].toLowerCase();
  return ORG_NOUNS.has(head) && !ws.slice(1).some((x) => ROLE_NOUNS.has(x.toLowerCase()) || TITLES.has(x.toLowerCase()));
}

const APPOS_DET = /^(?:the|its|their|a|an|le|la|l’|l'|il|lo|der|die|das|el|un|une)$/i;
/** The organisation noun phrase that ends `before` at a comma ("… and the operator, "), without its determiner. */
function orgBefore(before: string): string | null {
  // the last five words before the comma, scanned back to the nearest determiner
  let k = before.length;
  while (k > 0 && isWs(before, k - 1)) k--;
  if (before.charCodeAt(k - 1) !== 44) return null;
  k--;
  const ws: string[] = [];
  while (ws.length < 5) {
    while (k > 0 && isWs(before, k - 1)) k--;
    const end = k;
    while (k > 0 && !isWs(before, k - 1)) k--;
    if (k === end) break;
    const w = before.slice(k, end);
    if (!/^[\p{L}’'-]+$/u.test(w)) break;
    ws.unshift(w);
    if (APPOS_DET.test(w)) break;
  }
  if (ws.length < 2 || !APPOS_DET.test(ws[0])) return null;
  return orgApposition(ws.join(' ')) ? ws.slice(1).join(' ') : null;
}

function describe(reg: Registry) {
  const { text } = reg;
  for (const e of reg.entities) {
    if (!e.mentions.length || e.type === 'country') continue;
    const ms = firstMentions(e.mentions, 4);
    for (const m of ms) {
      if (!/\s/.test(m.text) && e.name.includes(' ')) continue;
      // After: "Name, the chief spokesman for the IEA,"
      const after = text.slice(m.e, m.e + 220);
      const am = /^,\s+([^,.;:!?“”"«»()]{3,140}?(?:\([^)]{1,12}\)[^,.;:!?“”"«»()]{0,60})?)(?=[,.;:]|\s+(?:who|which|que|qui|che|der|die|das|said|told)\b)/.exec(after);
      // "Northsound Ferries, the ferry operator,": an organisation
      if (am && orgApposition(am[1])) { e.evidence.org += 3; if (!e.description) e.description = am[1].trim().replace(/^(?:the|a|an|le|la|l’|l'|il|lo|der|die|das|el)\s+/i, ''); }
      else if (am && !e.description) {
        const d = am[1].trim();
        const first = d.split(/\s+/)[0].toLowerCase();
        const isAge = /^\d{1,3}(?:\s+(?:anni|ans|años|Jahre|years old))?$/.test(d);
        if (!isAge && (DET.test(d) || ROLE_NOUNS.has(first) || TITLES.has(first) || (/^\p{Ll}/u.test(d) && d.split(/\s+/).some((x) => ROLE_NOUNS.has(x.toLowerCase()) || TITLES.has(x.toLowerCase())))) && !/^(to|who|which|said|says|is|was|has|had|will|would)\b/i.test(d)) {
          e.description = d.replace(/^(?:the|a|an|le|la|l’|l'|il|lo|der|die|das|el|la)\s+/i, '');
          e.evidence.person += d.split(/\s+/).some((x) => ROLE_NOUNS.has(x.toLowerCase()) || TITLES.has(x.toLowerCase())) ? 2 : 0;
          for (const x of d.split(/\s+/)) if (ROLE_NOUNS.has(x.toLowerCase())) addRoleWord(e, x);
        }
        if (isAge) e.evidence.person += 3;
      }
      // Before: "Its general counsel, Daniel Okafor," / "La ministre de la Mer, Sandrine Lebrun," /
      // "the directives of the reclusive supreme leader, Haibatullah Akhundzada"
      const before = text.slice(Math.max(0, m.s - 140), m.s);
      // (a match spans at most nine runs of white space: search after the tenth from the end)
      const bm = !/,\s*$/.test(before) ? null : /(?:^|[.;:!?][”"»’]?\s+|\n|,\s+|\bthat\s+|\bwith\s+|\bof\s+)((?:[\p{L}’'-]+\s+){0,7}[\p{L}’'-]+),\s*$/u.exec(before.slice(afterNthSpaceRun(before, 10)));
      // "the operator, Northsound Ferries,": an organisation
      const op = /,\s*$/.test(before) && /^(?:[,;.)]|$)/.test(after) ? orgBefore(before) : null;
      if (op) {
        e.evidence.org += 3;
        if (!e.description) e.description = op;
      } else if (bm && !/^,\s+\p{Ll}+\s/u.test(after) || (bm && /^,/.test(after))) {
        const d = bm![1];
        const ws = d.split(/\s+/);
        if (ws.some((x) => ROLE_NOUNS.has(x.toLowerCase()) || isTitle(x)) && ws.length <= 8) {
          if (!e.description) e.description = d.replace(/^(?:according to|selon|secondo|laut|según)\s+/i, '').replace(/^(?:the|its|his|her|their|a|an|le|la|l’|l'|il|lo|der|die|das|el|un|une|suo|sua|son|sa)\s+/i, '');
          for (const x of ws) if (ROLE_NOUNS.has(x.toLowerCase()) || isTitle(x)) addRoleWord(e, x);
          e.evidence.person += 2;
        }
      }
      // Directly before the name, a lower-case role noun: "l’ancien préfet Jean-Claude Berthier", "la sindaca Giulia Martelli".
      // (the last word of `before` when white space follows it: /(?:^|\s)(\p{Ll}[\p{L}-]+)\s+$/u without the scan)
      const rw = lastWord(before);
      if (rw && ROLE_WORD.test(rw) && (ROLE_NOUNS.has(rw) || TITLES.has(rw)) && !FUNCTION_WORDS.has(rw)) {
        addRoleWord(e, rw);
        e.evidence.person += 2;
        // at most four words: search only the last five
        const dm = /((?:[\p{L}’'-]+\s+){0,3}\p{Ll}[\p{L}-]+)\s+$/u.exec(before.slice(afterNthSpaceRun(before, 5)));
        if (!e.description && dm) e.description = dm[1].replace(/^.*?\b(?:the|la|le|l’|l'|il|lo|der|die|el)\s+/i, '');
      }
    }
  }
}

/** `s.split(/\s+/).length` without the split. */
export function splitCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isWs(s, i) && (i === 0 || !isWs(s, i - 1))) n++;
  return n;
}
/** Words in an entity's name (kept on the entity: names do not change). */
const wordCount = (e: Entity) => (e.nameWords ??= splitCount(e.name));
/** The lower-cased words of an entity's name (`e.name.toLowerCase().split(/\s+/)`), kept. */
export function nameParts(e: Entity): string[] {
  return e.nameParts ??= e.name.toLowerCase().split(/\s+/);
}

/** The type an entity has on its evidence so far ('unknown' when there is none). */
export function typeOf(e: Entity, lang: string): Entity['type'] {
  if (e.type !== 'unknown') return e.type;
  const ev = e.evidence;
  const wc = wordCount(e);
  if (ev.org > ev.person && ev.org >= 1) return 'organization';
  if (ev.person > 0 && ev.person >= ev.place) return 'person';
  if (ev.place > 0) return 'place';
  if (wc >= 2 && lang !== 'de') return 'person';
  if (e.quotes > 0) return 'person';
  return 'unknown';
}

/** The final party list: typed, filtered (no places, media, weekdays…), ranked by salience. */
export function finalize(reg: Registry, lang: string): Party[] {
  const out: { p: Party; score: number }[] = [];
  const seen = new Set<Entity>();
  for (const e0 of reg.entities) {
    const e = resolved(e0);
    if (seen.has(e)) continue;
    seen.add(e);
    if (!e.mentions.length && e.quotes === 0) continue;
    const type = typeOf(e, lang);
    if (type === 'unknown') continue;
    if (type === 'media' || type === 'place') continue;
    if (NOT_PARTIES.has(e.name.toLowerCase())) continue;
    const nWords = wordCount(e);
    const ment = new Set(e.mentions.map((m) => m.s)).size;
    // A single capitalised word needs some evidence beyond itself.
    if (nWords === 1 && type === 'person' && e.quotes === 0 && ment < 2 && e.evidence.person < 2) continue;
    if (nWords === 1 && type === 'organization' && e.quotes === 0 && ment < 2 && e.evidence.org < 2 && !e.aliases.size) continue;
    if (lang === 'de' && type === 'person' && e.quotes === 0 && e.evidence.person < 2 && ment < 2) continue;
    const roles = new Set(e.roles);
    if (e.quotes > 0) roles.add('speaker');
    const desc = e.description ?? null;
    if (type === 'person' && [...e.roleWords].some((w) => SPOKES.has(w) || /sprecher/.test(w)) || (desc && /spokes|porte-parole|portavoce|sprecher|portavoz/i.test(desc))) roles.add('spokesperson');
    if (desc && /\b(mediator|médiateur|médiatrice|mediatore|vermittler|mediador)\b/i.test(desc)) roles.add('mediator');
    if ([...e.roleWords].some((w) => /^(mediator|médiateur|médiatrice)$/.test(w))) roles.add('mediator');
    const aliases = [...e.aliases].filter((a) => norm(a) !== norm(e.name));
    const first = Math.min(...e.mentions.map((m) => m.s), reg.text.length);
    const score = ment + 2.5 * e.quotes + (first < 400 ? 1.5 : 0) + (type === 'country' || type === 'organization' ? 0.5 : 0);
    out.push({ p: { name: e.name, type, aliases, description: desc, roles: [...roles], mentions: ment, salience: 0 }, score });
  }
  out.sort((a, b) => b.score - a.score);
  const max = out.length ? out[0].score : 1;
  return out.map(({ p, score }) => ({ ...p, salience: Math.round((score / max) * 1000) / 1000 }));
}
