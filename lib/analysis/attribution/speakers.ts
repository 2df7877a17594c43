// Who can speak, as attribution sees it: the parties of the registry (read, never written) and the speakers the
// text names only where they speak, kept here; genders learnt from pronouns are kept here too.

import type { Gender } from '../../rules/languages';
import type { PartyKind, PartyRecord, Registry } from '../parties';
import { doubleSurname, surnameWithoutArticle } from '../parties/surname-article';

/** A speaker: a party id (≥ 0) or a speaker of this book (< 0). */
export type Who = number;

interface Own { name: string; kind: PartyKind; first: number; parts: string[] }

export class Speakers {
  private own: Own[] = [];
  private genders = new Map<Who, Gender>();
  /** Parties by the words a later mention may use: a last name, a full name, an alias, an organisation's words. */
  private index = new Map<string, Who[]>();
  private orgIndex = new Map<string, Who[]>();
  /** Persons named in full by their first word ("Lin" of "Lin Jian", where the family name comes first). */
  private firstIndex = new Map<string, Who[]>();

  constructor(readonly reg: Registry) {
    for (const p of reg.live()) this.indexParty(p.id, p);
  }

  private put(map: Map<string, Who[]>, k: string, who: Who) {
    const l = map.get(k);
    if (!l) map.set(k, [who]); else if (!l.includes(who)) l.push(who);
  }

  private indexParty(who: Who, p: { name: string; parts: string[]; aliases?: Set<string>; kind: PartyKind }) {
    this.put(this.index, p.parts[p.parts.length - 1]!, who);
    this.put(this.index, p.name.toLowerCase(), who);
    const bare = surnameWithoutArticle(p.name); // "Scharaa" for "Achmed al-Scharaa"
if (bare) this.put(this.index, bare, who);
    // "Marlaska" for "Fernando Grande-Marlaska"
    if (p.kind !== 'organization') for (const part of doubleSurname(p.name)) this.put(this.index, part, who);
    for (const a of p.aliases ?? []) this.put(this.index, a.toLowerCase(), who);
    if (p.kind === 'person' && p.parts.length >= 2) this.put(this.firstIndex, p.parts[0]!, who);
    if (p.kind === 'organization') {
      this.put(this.index, p.parts[0]!, who);
      for (const w of p.parts) this.put(this.orgIndex, w, who);
    }
  }

  /** A speaker the registry does not know ("“…,” said Jane Doe" with no party for her). */
  add(name: string, kind: PartyKind, pos: number): Who {
    const found = this.own.findIndex((o) => o.name.toLowerCase() === name.toLowerCase());
    if (found >= 0) return -1 - found;
    const o: Own = { name, kind, first: pos, parts: name.toLowerCase().split(/\s+/) };
    this.own.push(o);
    const who = -this.own.length;
    this.indexParty(who, o);
    return who;
  }

  party(who: Who): PartyRecord | null { return who >= 0 ? this.reg.get(who) : null; }
  id(who: Who): Who { return who >= 0 ? this.reg.get(who).id : who; }
  name(who: Who): string { return who >= 0 ? this.reg.get(who).name : this.own[-1 - who]!.name; }
  kind(who: Who): PartyKind { return who >= 0 ? this.reg.get(who).kind : this.own[-1 - who]!.kind; }
  gender(who: Who): Gender | undefined { return this.genders.get(this.id(who)) ?? this.party(who)?.gender; }
  learnGender(who: Who, g: Gender) { if (!this.gender(who)) this.genders.set(this.id(who), g); }
  /** A gender the text states (a title or role noun before the name): it outweighs one the parties guessed. */
  stateGender(who: Who, g: Gender) { this.genders.set(this.id(who), g); }
  /** A gender learnt here (not the parties' guess). */
  learnt(who: Who): Gender | undefined { return this.genders.get(this.id(who)); }
  roleWords(who: Who): Set<string> { return this.party(who)?.roleWords ?? new Set(); }

  /** Speakers of this book, with the offset where each first spoke. */
  newSpeakers(): { name: string; first: number }[] { return this.own.map((o) => ({ name: o.name, first: o.first })); }

  /** The latest offset before `pos` where `who` is named (-1e9 when never before). */
  lastNamedBefore(who: Who, pos: number): number {
    if (who < 0) { const f = this.own[-1 - who]!.first; return f < pos ? f : -1e9; }
    const ms = this.reg.get(who).mentions;
    let lo = 0, hi = ms.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid]!.s < pos) lo = mid + 1; else hi = mid; }
    return lo > 0 ? ms[lo - 1]!.s : -1e9;
  }

  /** The one person named in full before `pos` whose name opens with the word ("Lin said" after "spokesperson Lin
   * Jian"): a family name written first, or a given name; two such persons, and the word says neither. */
  byFirstWord(word: string, pos: number): Who | null {
    const cands = (this.firstIndex.get(word.toLowerCase()) ?? []).filter((c) => this.lastNamedBefore(c, pos) > -1e9);
    return cands.length === 1 ? this.id(cands[0]!) : null;
  }

  /** The speaker a word names (a surname, an alias, an organisation's word), named nearest before `pos`. */
  byWord(word: string, pos: number, anyOrgWord = false): Who | null {
    const w = word.toLowerCase().replace(/^(?:l|d)['’]/, '');
    const cands = [...(this.index.get(w) ?? []), ...(anyOrgWord ? this.orgIndex.get(w) ?? [] : [])];
    let best: Who | null = null, bestPos = -Infinity;
    for (const c of cands) {
      const p = this.lastNamedBefore(c, pos);
      if (p > bestPos) { best = c; bestPos = p; }
    }
    return best === null ? null : this.id(best);
  }
}
