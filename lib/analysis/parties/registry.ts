// The parties of a text while they are being built: each with its name, evidence for its type, aliases, roles and
// mentions. The parties stage writes it; attribution only reads it (through the lookups below), so that neither
// stage changes the other's data. Lookups by position use the mentions sorted by offset and a binary search, so
// that the analysis stays linear in the size of the text.

import type { PartyType } from '../../types';
import type { Gender } from '../../rules/languages';
import type { WordUse } from './repeated';

export type PartyKind = PartyType | 'media' | 'unknown';

/** Where a mention came from: the trained tagger, the capitalised-run finder, a definition in the text, the
 * gazetteer, a demonym standing for its country ("the Pakistani side": a mention, but no name of it), or the
 * suffixes and heads that mark a name in a language written without spaces (unspaced.ts). */
export type MentionSource = 'tagger' | 'runs' | 'acronym' | 'alias' | 'gazetteer' | 'demonym' | 'structure';

export interface Mention {
  s: number;
  e: number;
  party: number;
  source: MentionSource;
  /** The mention reads as the subject of its clause (sentence start). */
  subject?: boolean;
  /** What a title before this mention says (Mr → m), for the party it is linked to. */
  gender?: Gender;
  roleWords?: string[];
  /** The titles and honorifics right before this mention, lower case without a dot ("adv", "advocate"). */
  titles?: string[];
}

export interface Evidence { person: number; org: number; place: number; country: number; group: number }

/** The tagger's votes for a party: confidence summed per type over its tagged mentions, and their number. */
export interface TagVotes { PER: number; ORG: number; LOC: number; n: number }

export interface PartyRecord {
  id: number;
  name: string;
  kind: PartyKind;
  evidence: Evidence;
  votes: TagVotes;
  aliases: Set<string>;
  description: string | null;
  roles: Set<string>;
  /** Role nouns a later mention may use for this party (minister, spokeswoman, sindaca…). */
  roleWords: Set<string>;
  mentions: Mention[];
  gender?: Gender;
  /** ISO code, for a country. */
  country?: string;
  /** The gazetteer knows it as a capital: a city, never a namesake's surname. */
  capital?: boolean;
  /** The tagger's confidence in the party's best mention (0..1), or 0 when no model saw it. */
  confidence: number;
  /** Set when the party was merged into another. */
  mergedInto?: number;
  /** Lower-case words of the name. */
  parts: string[];
  /** A one-word name the text writes as a proper noun, repeatedly (repeated.ts). */
  repeated?: boolean;
  /** Met only in headings, as an adjective of origin, or mostly as a product with its model number (offstory.ts):
   * shown only if it speaks. */
  offStory?: 'heading' | 'adjective' | 'product' | 'noun' | 'abbreviation';
}

/** What `norm` would change in a lower-cased name: a curly apostrophe, whitespace other than one inner space. */
const UNNORMAL = /’|[^\S ]| {2}|^ | $/;

/** A name's key: lower case, straight apostrophes, single spaces, trimmed (most names are that already: one test). */
export const norm = (s: string): string => {
  const l = s.toLowerCase();
  return UNNORMAL.test(l) ? l.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim() : l;
};

export class Registry {
  readonly parties: PartyRecord[] = [];
  /** Every mention, sorted by offset once building ends (`seal`). */
  mentions: Mention[] = [];
  private byName = new Map<string, number>();
  private sealed = false;
  /** How the text writes each word (repeated.ts), for the ranking's tests of names. */
  uses: ReadonlyMap<string, WordUse> = new Map();
  /** The text of the credit lines (credits.ts), lower case: a name credited there and only told things is the press. */
  credited = '';

  constructor(readonly text: string) {}

  /** The party of that name, made when new. */
  add(name: string, kind: PartyKind): PartyRecord {
    const k = norm(name);
    const id = this.byName.get(k);
    if (id !== undefined) return this.get(id);
    const p: PartyRecord = {
      id: this.parties.length, name, kind, evidence: { person: 0, org: 0, place: 0, country: 0, group: 0 }, votes: { PER: 0, ORG: 0, LOC: 0, n: 0 },
      aliases: new Set(), description: null, roles: new Set(), roleWords: new Set(), mentions: [], confidence: 0,
      parts: k.split(' '),
    };
    this.parties.push(p);
    this.byName.set(k, p.id);
    return p;
  }

  /** Give a party a fuller name (a title kept to tell it from a namesake). */
  rename(p: PartyRecord, name: string) {
    this.byName.set(norm(name), p.id);
    p.name = name;
    p.parts = norm(name).split(' ');
  }

  find(name: string): PartyRecord | undefined {
    const id = this.byName.get(norm(name));
    return id === undefined ? undefined : this.get(id);
  }

  /** The party with this id, following merges. */
  get(id: number): PartyRecord {
    let p = this.parties[id]!;
    while (p.mergedInto !== undefined) p = this.parties[p.mergedInto]!;
    return p;
  }

  mention(p: PartyRecord, s: number, e: number, source: MentionSource, subject = false): Mention {
    const m: Mention = { s, e, party: p.id, source, subject };
    p.mentions.push(m);
    this.mentions.push(m);
    this.sealed = false;
    return m;
  }

  /** Move every mention, alias and role of `from` to `to`. */
  merge(from: PartyRecord, to: PartyRecord) {
    if (from === to) return;
    for (const m of from.mentions) { m.party = to.id; to.mentions.push(m); }
    from.mentions = [];
    if (norm(from.name) !== norm(to.name)) to.aliases.add(from.name);
    for (const a of from.aliases) to.aliases.add(a);
    for (const r of from.roles) to.roles.add(r);
    for (const r of from.roleWords) to.roleWords.add(r);
    to.description ??= from.description;
    to.gender ??= from.gender;
    for (const k of Object.keys(to.evidence) as (keyof Evidence)[]) to.evidence[k] += from.evidence[k];
    for (const k of Object.keys(to.votes) as (keyof TagVotes)[]) to.votes[k] += from.votes[k];
    to.confidence = Math.max(to.confidence, from.confidence);
    from.mergedInto = to.id;
  }

  /** Take away every mention of a party (a term, not a name): it lists nowhere and no attribution finds it. */
  drop(p: PartyRecord) {
    const gone = new Set(p.mentions);
    this.mentions = this.mentions.filter((m) => !gone.has(m));
    p.mentions = [];
  }

  /** Sort the mentions by offset (and drop those of merged parties): lookups by position need it. */
  seal() {
    if (this.sealed) return;
    for (const m of this.mentions) m.party = this.get(m.party).id;
    this.mentions.sort((a, b) => a.s - b.s || a.e - b.e);
    for (const p of this.parties) p.mentions.sort((a, b) => a.s - b.s);
    this.sealed = true;
  }

  /** Index of the first mention starting at or after `pos`. */
  indexAt(pos: number): number {
    this.seal();
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.s < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Mentions inside [a, b). */
  within(a: number, b: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.indexAt(a); i < this.mentions.length && this.mentions[i]!.s < b; i++) if (this.mentions[i]!.e <= b) out.push(this.mentions[i]!);
    return out;
  }

  /** The nearest mention before `pos` (not before `pos - window`) whose party passes `ok`, walking back. */
  lastBefore(pos: number, window: number, ok: (p: PartyRecord, m: Mention) => boolean): Mention | null {
    for (let i = this.indexAt(pos) - 1; i >= 0 && this.mentions[i]!.s >= pos - window; i--) {
      const m = this.mentions[i]!;
      if (ok(this.get(m.party), m)) return m;
    }
    return null;
  }

  /** The nearest mention after `pos` (within `window`) whose party passes `ok`. */
  firstAfter(pos: number, window: number, ok: (p: PartyRecord, m: Mention) => boolean): Mention | null {
    for (let i = this.indexAt(pos); i < this.mentions.length && this.mentions[i]!.s <= pos + window; i++) {
      const m = this.mentions[i]!;
      if (ok(this.get(m.party), m)) return m;
    }
    return null;
  }

  /** Parties not merged into another. */
  live(): PartyRecord[] {
    return this.parties.filter((p) => p.mergedInto === undefined);
  }
}
