// Kept only for lib/live-page.ts until lib/page/ replaces it (it then uses classifyBlock from lib/clean/): the
// phrase lists now live per language in lib/rules/boilerplate/<lang>.json and class hints in class-hints.json.
import type { RemovalReason } from '../types';
import HINTS from './class-hints.json';

/** @deprecated the appeal score is a probability now (lib/clean/classifier.ts); this is its old threshold. */
export const APPEAL_THRESHOLD = 2;

/** @deprecated class hints as patterns, for lib/live-page.ts; see lib/rules/class-hints.json. */
export const HINT_CLASSES: Array<{ reason: RemovalReason; re: RegExp }> = Object.entries(HINTS.hints).map(([reason, words]) => ({
  reason: reason as RemovalReason,
  re: new RegExp(`(^|[\\s_-])(${words.map((w) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*$/, '\\w*')).join('|')})([\\s_-]|$)`),
}));
