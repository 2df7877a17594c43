// A platform named in passing ("posted on X", "said on Facebook") is no party (rules: notNames); a story about one
// (a Reddit account's posts, Instagram's metrics) names it again and again: the text's repetition makes it a party.

import type { Rules } from '../../rules/languages';
import type { WordUse } from './repeated';
import { PARTY_FILTER } from '../weights';

/** `name` (lower case) is a platform the text writes capitalised often enough to be one of the story's parties. */
export function storyPlatform(name: string, uses: ReadonlyMap<string, WordUse>, rules: Rules): boolean {
  if (!rules.platforms.has(name)) return false;
  const u = uses.get(name);
  return !!u && u.capsMid + u.capsStart >= PARTY_FILTER.platformMentions;
}
