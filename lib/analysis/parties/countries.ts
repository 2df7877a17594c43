// Country lookups for a language: names (the article language's and English, from the CLDR table in
// lib/rules/country-names.ts, plus the gazetteer's short and older names), capitals and demonyms, each to an ISO
// code; built once per language. Intl.DisplayNames is asked only for a language the table lacks.

import { countries } from '../../rules/gazetteer';
import { COUNTRY_NAMES } from '../../rules/country-names';
import { uninflected } from './case-endings';
import { norm } from './registry';

export interface Gazetteer {
  names: Map<string, string>;
  capitals: Map<string, string>;
  demonyms: Map<string, string>;
  /** The name a country is shown under. */
  display: Map<string, string>;
}

/** Whether the gazetteer knows `name` as a country or a capital (each has paths of its own). */
export const countryOrCapital = (gaz: Gazetteer, name: string): boolean => gaz.names.has(norm(name)) || gaz.capitals.has(norm(name));

const cache = new Map<string, Gazetteer>();

/** Country names in a language, code to name: the table's, else Intl's (creating one costs, cold). */
function namesIn(lang: string): Map<string, string> {
  // Own keys only: a page's lang="constructor" must not reach Object.prototype.
  const table = Object.hasOwn(COUNTRY_NAMES, lang) ? COUNTRY_NAMES[lang] : undefined;
  if (table) return new Map(table.split('|').map((x) => x.split('=') as [string, string]));
  const out = new Map<string, string>();
  try {
    const dn = new Intl.DisplayNames([lang], { type: 'region' });
    for (const c of countries()) { const n = dn.of(c.code); if (n && n !== c.code) out.set(c.code, n); }
  } catch { /* no Intl: the gazetteer's own names only */ }
  return out;
}

/** Names with a bracket or an ampersand ("Bosnia & Herzegovina") are no names a text writes. */
const NOT_WRITTEN = /[()&]/;
const SPECIAL_FORM = /[()&]|SAR| - /;

/** Key the name (when written so in texts) to the code. */
function setName(names: Map<string, string>, n: string | undefined, code: string) {
  if (n && !NOT_WRITTEN.test(n)) names.set(norm(n), code);
}

const byKey = new WeakMap<Gazetteer, Map<string, string>>();

/** A country by a name whose adjectives are inflected ("die Vereinigten Staaten"): the gazetteer's names by
 * their uninflected keys (case-endings.ts), built once a language. */
export function inflectedCountry(g: Gazetteer, name: string, endings: readonly string[]): string | undefined {
  const key = uninflected(name, endings);
  if (!key) return undefined;
  let keys = byKey.get(g);
  if (!keys) {
    keys = new Map();
    for (const [n, code] of g.names) { const k = uninflected(n, endings); if (k && !keys.has(k)) keys.set(k, code); }
    byKey.set(g, keys);
  }
  return keys.get(key);
}

export function gazetteer(lang: string): Gazetteer {
  const code = lang || 'en';
  const hit = cache.get(code);
  if (hit) return hit;
  const g: Gazetteer = { names: new Map(), capitals: new Map(), demonyms: new Map(), display: new Map() };
  const localNames = namesIn(code), enNames = code === 'en' ? localNames : namesIn('en');
  // (indexed loops, no spread: this runs once a language, cold, on the first page of that language)
  const all = countries();
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    const local = localNames.get(c.code), eng = enNames.get(c.code);
    const first = c.names[0];
    const plainLocal = local && !SPECIAL_FORM.test(local) ? local : null;
    // The name shown: the article language's own, except in English where the gazetteer's plainer name comes first.
    g.display.set(c.code, code === 'en' ? first ?? eng ?? c.code : plainLocal ?? first ?? eng ?? c.code);
    setName(g.names, local, c.code);
    setName(g.names, eng, c.code);
    for (let k = 0; k < c.names.length; k++) setName(g.names, c.names[k], c.code);
    for (let k = 0; k < c.capitals.length; k++) g.capitals.set(norm(c.capitals[k]!), c.code);
    for (let k = 0; k < c.demonyms.length; k++) {
      const n = c.demonyms[k]!;
      if (n[0] !== n[0]!.toLowerCase()) g.demonyms.set(norm(n), c.code);
    }
  }
  cache.set(code, g);
  return g;
}
