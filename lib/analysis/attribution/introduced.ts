// "A spokesperson who did not wish to be named said …. “…,” the spokesperson said.": a definite noun that an
// indefinite one of the same word introduced shortly before stands for that unnamed person, not for whoever spoke
// last.

import { RESOLVE } from '../weights';
import { insideQuote } from './site';
import type { Resolver } from './resolve';

/** An indefinite "<a> <noun>" outside quotations within the description window before `pos`. */
export function introducedUnnamed(r: Resolver, pos: number, noun: string): boolean {
  const { doc } = r, from = Math.max(0, pos - RESOLVE.descriptionWindow);
  const low = doc.text.slice(from, pos).toLowerCase();
  for (const m of low.matchAll(new RegExp(`(\\p{L}+)\\s+${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu'))) {
    if (doc.rules.indefinites.has(m[1]!) && !insideQuote(doc, from + m.index)) return true;
  }
  return false;
}
