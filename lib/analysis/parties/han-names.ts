// A Chinese person's name in Han characters: a family name (one character, or two: 欧阳) and a given name of one or
// two characters (林靖东); a foreign name is transliterated with a middle dot (戴夫·汉森). No capital marks a name in
// such a text, and the tagger reads a common word (翱翔, 環保維) as a person as readily: where the language's data
// knows its family names (rules.surnames), a name of Han characters alone that opens with none is no person's unless
// the tagger is sure. (Opening with one is no evidence of a person: the tagger cuts words so too, 感謝 → 謝蒯嫂.)

import type { Rules } from '../../rules/languages';

/** Han characters only, two to four of them (a family name and a given name). */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** Han characters alone that open with no family name the language's data knows, a given name of one or two
 * characters after it (false where the data knows no family names, or the name holds anything else). */
export function hanWithoutFamilyName(name: string, rules: Rules): boolean {
  if (!rules.surnames.size || !HAN_NAME.test(name)) return false;
  return ![2, 1].some((n) => name.length - n >= 1 && name.length - n <= 2 && rules.surnames.has(name.slice(0, n)));
}
