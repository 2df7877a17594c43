// The byline and date lines at the top of the story that say what the reader's header says already (the article's
// byline and date, which every surface shows above the story): the body's copy of the header. The clean stage keeps
// byline and date lines as small print (markAsMeta); these go from the HTML, as the headline's copy does. Evidence of
// two kinds: the classifier's (a byline or date line, out of the text already) and the header's (the same names, the
// same day), where the line stands above the story's first paragraph. Never text: `text` did not hold them. Not a
// removal either: on the live page, the page's header is where these lines are.
import { datelineDate } from '../dateline';
import { isStandfirst } from '../standfirst';
import { closestTag, FIGURE_TAGS } from '../dom';
import type { BlockInfo } from './context';
import type { Verdict } from './decide';

export interface Header { byline?: string | null; published?: string | null; lang?: string | null }

/** A byline line may add this many words to the header's names (a job title, the site, a date). */
const EXTRA_WORDS = 14;
/** A paragraph of the story has this many words at least (a kicker, a label has fewer). */
const STORY_WORDS = 8;
/** A date line's day may differ from the metadata's by a time zone. */
const DAY_MS = 36 * 3600e3;

const words = (s: string) => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{M}]{2,}/gu) ?? [];

/** The blocks (their indices) above the story's first kept paragraph that copy the header's byline or date. */
export function headerCopies(infos: readonly BlockInfo[], verdicts: readonly (Verdict | null)[], header: Header): Set<number> {
  const out = new Set<number>();
  // The header's standfirst, when the body held it, is not the story's first paragraph (lib/standfirst.ts).
  // A heading is not a paragraph (a deck under the headline: CBC's), nor is a list's item (the points under the
  // headline that sum the story up: Daily Mail's, above its byline and date lines).
  const story = infos.findIndex((b, k) => !verdicts[k] && !b.s.caption && !/^h\d$/.test(b.s.tag) && !inList(b.s.el) && b.s.words.length >= STORY_WORDS && !isStandfirst(b.s.el));
  for (let k = 0; k < (story < 0 ? 0 : story); k++) {
    const v = verdicts[k], b = infos[k]!;
    // A line the classifier took for a byline or a date; or for a caption out of any figure (a byline box beside the
    // author's photo), read for its names only.
    if (v?.meta && v.reason === 'byline' && !b.s.caption) { if (sameNames(b.s.text, header.byline) || sameDay(b.s.text, header)) out.add(k); }
    else if (!v && b.s.caption && !closestTag(b.s.el, FIGURE_TAGS) && sameNames(b.s.text, header.byline)) out.add(k);
  }
  return out;
}

const inList = (el: Element) => !!closestTag(el, LIST_ITEM);
const LIST_ITEM = new Set(['LI']);

/** Every word of the header's byline is in the line, and little else is. */
function sameNames(line: string, byline: string | null | undefined): boolean {
  const names = new Set(words(byline ?? ''));
  if (!names.size) return false;
  const own = words(line);
  const have = new Set(own);
  return [...names].every((w) => have.has(w)) && own.length <= names.size + EXTRA_WORDS;
}

/** The line gives the header's day (a date line only: a byline line is read for its names). */
function sameDay(line: string, header: Header): boolean {
  const t = header.published ? Date.parse(header.published) : NaN;
  const day = datelineDate(line, header.lang);
  return !Number.isNaN(t) && !!day && Math.abs(Date.parse(day) - t) < DAY_MS && words(line).length <= EXTRA_WORDS;
}
