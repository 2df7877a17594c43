// The cleaning's lookup tables as data, built from the lists a person edits (lib/rules/boilerplate/<lang>.json,
// payment-services.json, class-hints.json). scripts/gen-clean-tables.mjs writes them to lib/rules/clean-tables.json
// with this code, and a test holds that file equal to what the lists give: cleaning runs cold, once a page, and
// building the tables at first use cost ~2 ms of a ~25 ms clean. Not imported by the pipeline itself.
import { wordRuns } from '../chars';
import en from '../rules/boilerplate/en.json';
import de from '../rules/boilerplate/de.json';
import fr from '../rules/boilerplate/fr.json';
import it from '../rules/boilerplate/it.json';
import es from '../rules/boilerplate/es.json';
import pt from '../rules/boilerplate/pt.json';
import SERVICES from '../rules/payment-services.json';
import HINTS from '../rules/class-hints.json';

export interface LangPhrases {
  lang: string;
  line?: Record<string, string[]>;
  lead?: Record<string, string[]>;
  contains?: Record<string, string[]>;
  appealWeak?: string[];
  period?: string[];
  counterUnits?: string[];
}
type Mode = 'line' | 'lead' | 'contains';
/** A phrase and its reason. */
export type Entry = [string, string];

export interface PhraseTables {
  /** Whole-line phrases and their reason (the first language's reason where two list one phrase). */
  line: Record<string, string>;
  /** Lead phrases by their first character, longest first: a block looks up only those that can start it. */
  lead: Record<string, Entry[]>;
  /** Contained phrases by their first word, longest first. */
  byFirstWord: Record<string, Entry[]>;
  /** Phrases with a '*' or '#' (mode, reason, longest literal piece, phrase): the pattern runs (and is compiled) only
   * on a text that holds the piece. */
  patterns: Array<[Mode, string, string, string]>;
  weak: string[];
  period: string[];
  units: string[];
}

/** Appends `e` to the list under `key`. */
function push(o: Record<string, Entry[]>, key: string, e: Entry): void {
  (Object.hasOwn(o, key) ? o[key]! : (o[key] = [])).push(e);
}

export function phraseTables(langs: readonly LangPhrases[]): PhraseTables {
  const t: PhraseTables = { line: {}, lead: {}, byFirstWord: {}, patterns: [], weak: [], period: [], units: [] };
  const lead: Entry[] = [], contains: Entry[] = [];
  for (const l of langs) {
    for (const mode of ['line', 'lead', 'contains'] as const) {
      for (const [reason, list] of Object.entries(l[mode] ?? {})) for (const p of list) {
        if (/[*#]/.test(p)) {
          const literal = p.split(/[*#]/).map((x) => x.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
          t.patterns.push([mode, reason, literal, p]);
        } else if (mode === 'line') { if (!Object.hasOwn(t.line, p)) t.line[p] = reason; }
        else (mode === 'lead' ? lead : contains).push([p, reason]);
      }
    }
    t.weak.push(...(l.appealWeak ?? []));
    t.period.push(...(l.period ?? []));
    for (const u of l.counterUnits ?? []) if (!t.units.includes(u)) t.units.push(u);
  }
  // Longest first: "your email address will not be published" before "your email address".
  lead.sort((a, b) => b[0].length - a[0].length);
  for (const e of lead) push(t.lead, e[0][0]!, e);
  contains.sort((a, b) => b[0].length - a[0].length);
  for (const e of contains) push(t.byFirstWord, wordRuns(e[0])[0] ?? '', e);
  return t;
}

export interface ServiceTables {
  /** Every service name, lower-cased, longest first (looked up with indexOf, not compiled into a pattern). */
  names: string[];
  /** Each name's service. */
  byName: Record<string, string>;
  /** Domains by their first two characters, in the list's order, with their service. */
  domains: Record<string, Entry[]>;
}

export function serviceTables(services: ReadonlyArray<{ name: string; names: string[]; domains: string[] }>): ServiceTables {
  const byName = new Map<string, string>();
  for (const sv of services) for (const n of sv.names) byName.set(n.toLowerCase(), sv.name);
  const t: ServiceTables = { names: [...byName.keys()].sort((a, b) => b.length - a.length), byName: Object.fromEntries(byName), domains: {} };
  for (const sv of services) for (const d of sv.domains) push(t.domains, d.slice(0, 2), [d, sv.name]);
  return t;
}

/** A reason's class words: whole words (with and without dashes) and, for "word*", beginnings. */
export interface HintTable { reason: string; exact: string[]; prefixes: string[] }

export function hintTables(hints: Record<string, string[]>): HintTable[] {
  return Object.entries(hints).map(([reason, list]) => ({
    reason,
    exact: [...new Set(list.filter((x) => !x.endsWith('*')).flatMap((x) => [x, x.replace(/-/g, '')]))],
    prefixes: list.filter((x) => x.endsWith('*')).map((x) => x.slice(0, -1)),
  }));
}

/** Every table from the lists: what lib/rules/clean-tables.json holds. All languages' phrases, in this order. */
export function cleanTables(): { phrases: PhraseTables; services: ServiceTables; hints: HintTable[] } {
  return { phrases: phraseTables([en, de, fr, it, es, pt]), services: serviceTables(SERVICES.services), hints: hintTables(HINTS.hints) };
}
