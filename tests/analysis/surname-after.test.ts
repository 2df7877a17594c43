// A party the registry still lists but whose mentions were all merged away must not break the speaker's surname check
// (a real article threw "Cannot read properties of undefined" here and lost its whole analysis).
import { describe, expect, it } from 'vitest';
import { surnameAfter } from '../../lib/analysis/attribution/surname-after';
import type { Attr } from '../../lib/analysis/attribution/after';
import type { Doc } from '../../lib/analysis/attribution/site';

const text = '“We will appeal,” Grant said.';
const at = text.indexOf('Grant');
const attr = { m: { s: at, e: at + 5 }, how: 'after' } as unknown as Attr;
const docWith = (mentions: { s: number }[]) =>
  ({ text, reg: { live: () => [{ kind: 'person', parts: ['ulysses', 'grant'], mentions }] } }) as unknown as Doc;

describe('surnameAfter', () => {
  it('takes a surname after the quotation for a person introduced before it', () => {
    expect(surnameAfter(docWith([{ s: 0 }]), attr)).toBe(true);
  });
  it('a person with no mention left is no match, and nothing throws', () => {
    expect(surnameAfter(docWith([]), attr)).toBe(false);
  });
});
