// Country lookups for a language: names (from Intl.DisplayNames in the article's language and English, plus the
// gazetteer's short and older names), capitals and demonyms, each to an ISO code; built once per language.

import { countries } from '../../rules/gazetteer';
import { norm } from './registry';

export interface Gazetteer {
  names: Map<string, string>;
  capitals: Map<string, string>;
  demonyms: Map<string, string>;
  /** The name a country is shown under. */
  display: Map<string, string>;
}

const cache = new Map<string, Gazetteer>();

function displayNames(lang: string): [Intl.DisplayNames | null, Intl.DisplayNames | null] {
  try {
    return [new Intl.DisplayNames([lang], { type: 'region' }), new Intl.DisplayNames(['en'], { type: 'region' })];
  } catch {
    return [null, null];
  }
}

export function gazetteer(lang: string): Gazetteer {
  const code = lang || 'en';
  const hit = cache.get(code);
  if (hit) return hit;
  const g: Gazetteer = { names: new Map(), capitals: new Map(), demonyms: new Map(), display: new Map() };
  const [dn, en] = displayNames(code);
  for (const c of countries()) {
    const local = dn?.of(c.code), eng = en?.of(c.code);
    const first = c.names[0];
    const plainLocal = local && local !== c.code && !/[()&]|SAR| - /.test(local) ? local : null;
    // The name shown: the article language's own, except in English where the gazetteer's plainer name comes first.
    g.display.set(c.code, code === 'en' ? first ?? eng ?? c.code : plainLocal ?? first ?? eng ?? c.code);
    // (Intl answers an unknown region with its code: only the gazetteer's own names may be written like a code, "US")
    for (const n of [local, eng]) if (n && n !== c.code && !/[()&]/.test(n)) g.names.set(norm(n), c.code);
    for (const n of c.names) if (!/[()&]/.test(n)) g.names.set(norm(n), c.code);
    for (const n of c.capitals) g.capitals.set(norm(n), c.code);
    for (const n of c.demonyms) if (/^\p{Lu}/u.test(n)) g.demonyms.set(norm(n), c.code);
  }
  cache.set(code, g);
  return g;
}
