// What a removal leaves in the reader view: a label line whose value went ("Author of the article:" over the author's
// card, which went as the author's photo; "Contact:" over a removed address), and a disclosure with nothing to
// disclose (a comments section's "Join the Conversation" <summary>, whose thread the page loads by script), and a
// lead-in heading whose box of links went, right above the next heading. All by structure: a line of a few words
// ending with a colon, whose smallest box shared with the next block holds nothing else left; a <summary> whose
// <details> holds nothing but it; a heading ending with a colon over a heading of its rank. Never a line that story
// text follows in its box ("Here's the latest:" before the entries).
import type { BlockInfo } from './context';
import { gone, type Verdict, type Verdicts } from './decide';
import { closestTag } from '../dom';

/** A label: a few words and a colon, nothing after it. */
const LABEL = /^[^.!?。！？:：]{1,40}[:：]$/;
const LABEL_WORDS = 5;
/** A disclosure's title (foot-headings.ts leaves it to this file, which judges it by what its box discloses). */
export const SUMMARY = new Set(['SUMMARY']);
const DETAILS = new Set(['DETAILS']);

const leftover = (rule: string, reason: Verdict['reason'], evidence: string): Verdict => ({ reason, rule, score: 0, strong: false, evidence: [evidence] });

/** Whether the block's label stands over nothing: the blocks its box shares with the next one all went, or are
 * bylines and dates (small print, out of the text). */
function labelsNothing(infos: readonly BlockInfo[], v: Verdicts, k: number): boolean {
  const next = infos[k + 1];
  if (!next || !(gone(v, k + 1) || v[k + 1]?.meta)) return false;
  let box = infos[k]!.s.el.parentElement;
  while (box && !box.contains(next.s.el)) box = box.parentElement;
  if (!box) return false;
  for (let j = k + 1; j < infos.length && box.contains(infos[j]!.s.el); j++) if (!v[j]) return false;
  for (let j = k - 1; j >= 0 && box.contains(infos[j]!.s.el); j--) if (!v[j]) return false;
  return true;
}

/** A <summary>'s block whose <details> holds no other text nor picture. */
function emptyDisclosure(b: BlockInfo): boolean {
  const summary = closestTag(b.s.el, SUMMARY), details = summary && closestTag(summary, DETAILS);
  if (!details) return false;
  for (let c = details.firstElementChild; c; c = c.nextElementSibling) if (c !== summary && (c.textContent?.trim() || c.querySelector('img,video,iframe'))) return false;
  return true;
}

/** Longest lead-in heading: a line that announces, not a headline that asks a question with a colon in it. */
const LEAD_IN_MAX = 80;

/** A heading that ends with a colon (it announces what follows: "To miss nothing of today's politics:") right above a
 * heading of its rank or higher, or above only removed blocks and then one: what it announced is not there (Readability
 * dropped the box of links, or cleaning removed it), and it heads nothing. A heading over lower-ranked ones ("Here's
 * the latest:" over the entries' headings) heads them; so does one over a box of its own that opens right after it
 * ("Timeline:" over a box of dated headings of its rank): the next heading then stands in that box, apart from it. */
function leadInOverNothing(infos: readonly BlockInfo[], v: Verdicts, k: number): boolean {
  const s = infos[k]!.s;
  if (!s.heading || s.len > LEAD_IN_MAX || !/[:：]$/.test(s.text)) return false;
  let j = k + 1;
  while (j < infos.length && gone(v, j)) j++;
  const next = infos[j]?.s;
  return !!next?.heading && next.heading <= s.heading && !v[j] && !!next.el.parentElement?.contains(s.el);
}

/** Cheap first look (cleaning runs cold): a line that ends with a colon, or a <summary> in the article. */
export const mayHaveLeftoverLabels = (infos: readonly BlockInfo[]): boolean => infos.some((b) => /[:：]$/.test(b.s.text) || !!closestTag(b.s.el, SUMMARY));

/** Label lines over nothing and empty disclosures go, with a reason a reader can undo. */
export function applyLeftoverLabels(infos: readonly BlockInfo[], v: Verdicts): void {
  infos.forEach((b, k) => {
    if (v[k] && !v[k]!.meta) return;
    const s = b.s;
    if (s.text && s.words.length <= LABEL_WORDS && LABEL.test(s.text) && labelsNothing(infos, v, k)) v[k] = leftover('label:emptied', v[k + 1]!.reason, 'a label line whose value was removed or set apart');
    else if (s.text && leadInOverNothing(infos, v, k)) v[k] = leftover('heading:lead-in', 'other', 'a heading that announces what follows, right above another heading: it heads nothing');
    else if (s.text && s.len <= 60 && emptyDisclosure(b)) v[k] = leftover('disclosure:empty', 'other', 'the title of a collapsed box that holds nothing');
  });
}
