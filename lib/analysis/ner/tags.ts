// The tag set (BIO over entity types) and what may follow what: an I- tag only continues a B- or I- of its type.

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag k: 0 = O, 2j+1 = B-TYPES[j], 2j+2 = I-TYPES[j]. */
export const TAG_NAMES: readonly string[] = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_TAGS = TAG_NAMES.length;

export const isBegin = (tag: number): boolean => tag % 2 === 1;
export const isInside = (tag: number): boolean => tag > 0 && tag % 2 === 0;
export const typeOfTag = (tag: number): EntityType => TYPES[(tag - 1) >> 1]!;
export const beginOf = (type: EntityType): number => TYPES.indexOf(type) * 2 + 1;

/** Whether tag `b` may follow tag `a` (a = -1 at the start of a sentence). */
export function allowed(a: number, b: number): boolean {
  if (!isInside(b)) return true;
  return a === b || a === b - 1;
}
