// A dateline in lenticular brackets at the story's very start, as Japanese papers print it: 【ソウル＝小池和樹】, the
// place, an equals sign, then the reporter (or the agency: 【ロンドン＝共同】). The part after the sign is who wrote
// the story, the page's byline where its metadata names only the site. Known by its shape, not by words: the
// brackets, the sign between two short parts, and its place before the first paragraph's prose.
import { oneLine } from './chars';

/** 【place＝name】 (several joined by 、 or ,) opening a paragraph; each part short, as a place and a name are. */
const BRACKET_DATELINE = /^【((?:[^【】＝=、,]{1,15}[＝=][^【】＝=、,]{1,20}[、,]?)+)】/u;
/** The paragraphs read from the start for it: the dateline opens the story, not a later paragraph. */
const LEAD_PARAGRAPHS = 2;

/** The byline an opening bracketed dateline gives: the names after its equals signs, one line of them ("小池和樹,
 * 山田太郎" of 【ソウル＝小池和樹、北京＝山田太郎】); none where the story opens otherwise. */
export function bracketDatelineNames(body: Element): string[] {
  for (const p of Array.from(body.querySelectorAll('p')).slice(0, LEAD_PARAGRAPHS)) {
    const m = BRACKET_DATELINE.exec(oneLine(p.textContent ?? ''));
    if (!m) continue;
    const names = m[1]!.split(/[、,]/).map((part) => part.split(/[＝=]/)[1]?.trim() ?? '').filter(Boolean);
    return names.length ? [names.join(', ')] : [];
  }
  return [];
}
