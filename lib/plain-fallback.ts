// Never less than Readability alone: the marking before Readability and its hooks (lib/extract.ts) are there to keep
// more of the story, but on a page shaped unlike the ones they were made on (closing tags missing, paragraphs run
// together) they can lead Readability to a box of teasers, or to nothing. Then Readability runs once more, plain, on
// an untouched copy of the page, and its article is taken when ours is much shorter.
import { Readability } from '@mozilla/readability';

export type Parsed = NonNullable<ReturnType<Readability['parse']>>;

/** Below this share of the page's long runs of text (as detection counted them), our article is worth a second look:
 * on the 296 pages of AEB and fundus, 4 articles fall below it (comments or teaser excerpts outweigh the story),
 * and every one that lost the story to our marking on those pages with their closing tags dropped (0.05–0.21). */
const SUSPICIOUS = 0.25;
/** Plain Readability's article is taken when ours keeps less than this share of its text. */
const MUCH_SHORTER = 0.5;

/**
 * The cheap check, with no second run: no article at all, or one shorter than a quarter of the page's long runs of text
 * (`expected`, characters; 0 when unknown: then only an empty article is suspicious).
 */
export function suspiciouslyShort(ours: Parsed | null, expected: number): boolean {
  const kept = ours ? textLength(ours) : 0;
  return kept === 0 || kept < SUSPICIOUS * expected;
}

/** Readability with none of our marking or hooks, on `fresh` (a copy of the page no step has touched). */
export function plainArticle(fresh: Document): Parsed | null {
  try {
    const r = new Readability(fresh, { keepClasses: true, serializer: (el: Node) => el as unknown as string }).parse();
    return r?.content ? r : null;
  } catch {
    return null; // a page Readability cannot walk gives no fallback, as it gave no article
  }
}

/** Plain Readability's article when ours is missing or much shorter than it; else null (keep ours). */
export function betterPlain(ours: Parsed | null, plain: Parsed | null): Parsed | null {
  if (!plain || !textLength(plain)) return null;
  return !ours || textLength(ours) < MUCH_SHORTER * textLength(plain) ? plain : null;
}

/** Characters of an article's text, white space runs counted once. */
function textLength(r: Parsed): number {
  return (r.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
