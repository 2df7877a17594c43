// When a story says it was updated: the page's modification time, kept only when it is at least a day after the
// publication date. Sites set dateModified on every save, minutes after publishing, which is no news to a reader;
// an explainer first published in 2012 and rewritten yesterday (BBC's "What is Nato") read "10 May 2012" alone.

const DAY_MS = 86_400_000;

/** The first of `candidates` that is a date, when it falls at least a day after `published`; else null. */
export function updatedAfter(published: string | null, candidates: readonly (string | null | undefined)[]): string | null {
  const from = published ? Date.parse(published) : NaN;
  if (Number.isNaN(from)) return null;
  for (const c of candidates) {
    const at = c?.trim() ? Date.parse(c.trim()) : NaN;
    if (!Number.isNaN(at)) return at - from >= DAY_MS ? c!.trim() : null;
  }
  return null;
}

/** The article's field, present only with a date: the report's fields stay as they were for every other page. */
export const updatedField = (updated: string | null): { updatedTime?: string } => (updated ? { updatedTime: updated } : {});
