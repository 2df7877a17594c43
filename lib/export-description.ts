// The exports' description (front matter): the standfirst, else the page's own summary (its description, which
// Readability gives as the excerpt) when it reads as one: a sentence or a few, not a label (the site's name, "News"),
// not the headline again, not a whole long paragraph (Readability's excerpt falls back to the body's first one).
import type { Article } from './types';
import { oneLine, wordShare } from './chars';

/** Shorter is a label; longer is the story's text, not a summary (as lib/standfirst.ts measures a standfirst). */
const MIN_CHARS = 40, MAX_CHARS = 600;
/** Share of words in common, each way, for the excerpt to be the headline said again. */
const TITLE_SHARE = 0.8;
/** Markup a site escaped into its description ("<p>Here's a look …</p>"): shown as text, it reads as code. */
const MARKUP = /<\/?(?:p|br|b|i|em|strong|span|div)\b[^>]*>/gi;

/** The summary the front matter gives as its description, or null. */
export function descriptionOf(a: Article): string | null {
  if (a.standfirst) return oneLine(a.standfirst);
  const ex = oneLine((a.excerpt ?? '').replace(MARKUP, ' '));
  if (ex.length < MIN_CHARS || ex.length > MAX_CHARS) return null;
  if (wordShare(ex, a.title) >= TITLE_SHARE && wordShare(a.title, ex) >= TITLE_SHARE) return null;
  if (a.siteName && wordShare(ex, a.siteName) >= TITLE_SHARE) return null;
  return ex;
}
