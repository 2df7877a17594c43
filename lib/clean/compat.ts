// The old text-only entry points, kept for lib/live-page.ts until lib/page/ replaces it with classifyBlock.
import type { RemovalReason } from '../types';
import { normalizeBlockText } from '../fingerprint';
import { paymentEvidence } from './payment';
import { phraseHit, weakAppealWords } from './phrases';
import { lineShape } from './signals';
import { reasonOf } from './decide';

/** @deprecated use classifyBlock. A text's appeal evidence on the old scale (2 or more: an appeal). */
export function appealScore(text: string): { score: number; rules: string[] } {
  const norm = normalizeBlockText(text);
  const rules: string[] = [];
  let score = 0;
  const pay = paymentEvidence(text);
  if (pay.identifier) { score += 3; rules.push(`payment:${pay.identifier}`); }
  const hit = phraseHit(norm);
  if (hit?.reason === 'donation') { score += 2; rules.push('appeal:phrase'); }
  else if (weakAppealWords(norm)) { score += 1; rules.push('appeal:weak'); }
  return { score, rules };
}

/** @deprecated use classifyBlock. The furniture reason a short line gives by its words or shape alone. */
export function lineRule(text: string): { reason: RemovalReason; rule: string } | null {
  const norm = normalizeBlockText(text);
  const hit = phraseHit(norm);
  if (hit && hit.mode !== 'contains' && hit.reason !== 'donation') return { reason: hit.reason, rule: hit.rule };
  const shape = lineShape(text, norm, 0, new Set());
  if (!shape) return null;
  const r = reasonOf({ shape, payment: { identifier: null }, linkKinds: new Set(), caption: false } as never);
  return r;
}
