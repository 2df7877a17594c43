// The exports' description (front matter): the standfirst, else the page's own summary (its description, which
// Readability gives as the excerpt) when it reads as one: a sentence or a few, not a label (the site's name, "News"),
// not the headline again, not a whole long paragraph (Readability's excerpt falls back to the body's first one), and
// about this story: a site's slogan on every page ("Bringing Taiwan to the World…"), another page's summary left in
// the meta tags, shares next to none of its words with the headline and the text.
import type { Article } from './types';
import { lowerWords, oneLine, wordShare } from './chars';

/** Shorter is a label; longer is the story's text, not a summary (as lib/standfirst.ts measures a standfirst). */
const MIN_CHARS = 40, MAX_CHARS = 600;
/** Share of words in common, each way, for the excerpt to be the headline said again. */
const TITLE_SHARE = 0.8;
/** A word that says what a text is about: 4 letters or more, in a script with cases (where words are set apart by
 * spaces: a run of Han or kana is a clause, not a word, and is never found whole in the text). */
const telling = (w: string) => w.length >= 4 && /\p{Ll}/u.test(w);
/** The test needs this many telling words; a description sharing at most `FOREIGN_SHARED` of them is about another thing. */
const MIN_TELLING = 3, FOREIGN_SHARED = 1;

/** The excerpt is about something else than the story: of its telling words, at most one is in the headline or the
 * text (a summary names what its story names). Not judged without the story's text. */
function aboutSomethingElse(excerpt: string, a: Article): boolean {
  if (!a.text.trim()) return false;
  const own = [...new Set(lowerWords(excerpt).filter(telling))];
  if (own.length < MIN_TELLING) return false;
  const story = new Set(lowerWords(`${a.title} ${a.text}`));
  return own.filter((w) => story.has(w)).length <= FOREIGN_SHARED;
}

/** Markup a site escaped into its description ("<p>Here's a look …</p>"): shown as text, it reads as code. */
const MARKUP = /<\/?(?:p|br|b|i|em|strong|span|div)\b[^>]*>/gi;

/** Letters a description may lack at its start and still be the story's opening: a drop cap's. */
const LOST_LETTERS = 3;
/** Characters of the description looked for in the text. */
const PROBE_CHARS = 40;

/** The description with the letters it lost where it is the story's opening without them ("nvironmentalists …":
 * the site's description was cut from the body after its drop cap was set apart): the body's text is right. */
function withOpening(ex: string, text: string): string {
  const body = oneLine(text);
  const at = body.indexOf(ex.slice(0, PROBE_CHARS));
  return ex.length >= PROBE_CHARS && at > 0 && at <= LOST_LETTERS && /^\p{L}+$/u.test(body.slice(0, at)) ? body.slice(0, at) + ex : ex;
}

/** The summary the front matter gives as its description, or null. */
export function descriptionOf(a: Article): string | null {
  if (a.standfirst) return oneLine(a.standfirst);
  const ex = withOpening(oneLine((a.excerpt ?? '').replace(MARKUP, ' ')), a.text);
  if (ex.length < MIN_CHARS || ex.length > MAX_CHARS) return null;
  if (wordShare(ex, a.title) >= TITLE_SHARE && wordShare(a.title, ex) >= TITLE_SHARE) return null;
  if (a.siteName && wordShare(ex, a.siteName) >= TITLE_SHARE) return null;
  return aboutSomethingElse(ex, a) ? null : ex;
}
