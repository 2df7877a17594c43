// The page's JSON-LD (schema.org data in <script type="application/ld+json">), parsed once, before Readability takes
// the scripts out: the clean stage reads its authors' descriptions (clean/author-bio.ts), the extraction its date.

/** Every JSON-LD block of `doc` that parses (malformed ones, common, are left out). */
export function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try { out.push(JSON.parse(s.textContent ?? '')); } catch { /* not JSON: the page's own error */ }
  }
  return out;
}

/** The schema.org types of a story (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report…). */
const STORY_TYPE = /(Article|Posting|^Report)$/;

/**
 * When the story was published by its JSON-LD: the datePublished of an object typed as a story, else the first
 * datePublished given. Readability reads it only from a top-level object of its own list of types; Postmedia's
 * papers (National Post, Financial Post, Ottawa Citizen…) set theirs in a list, and the reader saw no date.
 */
export function ldPublished(data: readonly unknown[]): string | null {
  let story: string | null = null, any: string | null = null;
  const visit = (v: unknown, depth: number): void => {
    if (story || !v || typeof v !== 'object' || depth > 6) return;
    if (Array.isArray(v)) { for (const x of v) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    const date = typeof o.datePublished === 'string' ? o.datePublished.trim() : '';
    if (date) {
      const t = o['@type'];
      if ((Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && STORY_TYPE.test(x))) story = date;
      any ??= date;
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
  return story ?? any;
}
