// A Chinese story opens on its source's credit line: "TNW中文站 10月14日报道", "新华社北京10月14日电" (the agency or
// site, sometimes the place, the date, then "reports"). The agency is the press, no party of the story, and the tagger
// reads it as anything (a place, here). The line is found by its shape: the story's first line, short, a month and
// day, and one of the language's report words right after the date (rules.reportWords); its span is taken like a
// credit's (credits.ts).

import type { Rules } from '../../rules/languages';
import type { Span } from '../text';

/** The longest credit line before its date (characters). */
const LEAD_MAX = 24;

/** The span of the story's opening report line, if it has one. */
export function reportDatelines(text: string, paragraphs: readonly Span[], rules: Rules): Span[] {
  const first = paragraphs[0];
  if (!rules.reportWords.length || !first) return [];
  const words = rules.reportWords.join('|');
  const m = new RegExp(`^\\s*\\S.{0,${LEAD_MAX}}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:${words})`, 'u').exec(text.slice(first.start, first.end));
  // (the line holds the credit alone, or opens the first paragraph: the story goes on after it)
  return m ? [{ start: first.start, end: first.start + m[0].length }] : [];
}
