// A Latin-script name in a text written without spaces (DeepMind in Chinese, JVA in Japanese) stands between
// characters of another script: the tagger reads it at one place and not at the next, and no space marks it as a
// word. Where the script changes on both sides, the text names it again: every such place counts as a mention.
// (Only the party's name: an alias in brackets after a phrase the tagger cut wrong, "這兩天肉肉(Hero)", would lend
// that phrase the mentions.) A body's noun written right before the name ("人工智能公司DeepMind", the company
// DeepMind) says what it is, as a head after a name does (unspaced.ts).

import type { Rules } from '../../rules/languages';
import type { PartyRecord, Registry } from './registry';
import { caselessText } from './cjk-once';
import { EVIDENCE } from '../weights';

/** A name of Latin letters and digits (words joined by spaces, dots, hyphens, ampersands). */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9]*(?:[ .&'’-][A-Za-z0-9]+)*$/;
const LATIN_CHAR = /[A-Za-z0-9-]/;
/** A Latin name shorter than this is no word of its own to look for ("AI" inside a model's name, "HK"). */
const MIN_LENGTH = 3;

/** Add a mention at each place a caseless text writes a Latin party's name (or alias) as a word of its own that no
 * mention covers yet. */
export function countLatinNames(reg: Registry, rules: Rules): void {
  const { text } = reg;
  if (!caselessText(text)) return;
  const taken = reg.mentions.map((m) => [m.s, m.e] as const);
  const free = (s: number, e: number) => !taken.some(([a, b]) => a < e && s < b);
  for (const p of reg.live()) {
    const name = p.name;
    if (name.length < MIN_LENGTH || !LATIN_NAME.test(name)) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const e = i + name.length;
      if (LATIN_CHAR.test(text[i - 1] ?? '') || LATIN_CHAR.test(text[e] ?? '')) continue;
      bodyNounBefore(p, text.slice(Math.max(0, i - HEAD_MAX), i), rules);
      if (!free(i, e)) continue;
      reg.mention(p, i, e, 'structure');
      taken.push([i, e]);
    }
  }
}

/** The longest body's noun looked for before a name (characters). */
const HEAD_MAX = 4;

/** "公司DeepMind": an organisation's head of two characters or more right before the name types it. */
function bodyNounBefore(p: PartyRecord, before: string, rules: Rules) {
  if ([...rules.orgHeads].some((h) => h.length >= 2 && before.endsWith(h))) p.evidence.org = Math.max(p.evidence.org, EVIDENCE.orgHead * 2);
}
