// Types a reader can trust: a company named with its legal suffix ("Walt Disney Co.") is an organisation, and its own
// word alone ("Disney") is that company whatever the tagger reads; a preposition before a possessive name governs the
// noun after it ("a shift in Disney’s strategy"), no place; a news agency that is only told things is no party.
// Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, kindOf } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { analyse } from './analyse';
import { spans } from './tagged-spans';

const rules = rulesFor('en');
const registry = (text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rules, spans(text, tagged));

describe('party types', () => {
  it('makes a company of a name with its legal suffix, and of its own word alone', () => {
    const text = 'Walt Disney Co. executive Kevin Mayer said demand was high. The glitch hit Disney on Tuesday. Analysts said Disney had recovered.';
    const reg = registry(text, [['Walt Disney', 'PER', 0.32], ['Kevin Mayer', 'PER', 1], ['Disney', 'PER', 0.6], ['Disney', 'PER', 0.5]]);
    const co = reg.find('Walt Disney Co.');
    expect(co && kindOf(co, rules)).toBe('organization');
    expect(co?.mentions.length).toBe(3);
  });

  it('leaves a body named once before a role to that role', () => {
    const text = 'The inquiry is chaired by retired Supreme Court judge Margaret Oduya.';
    const reg = registry(text, [['Supreme Court', 'ORG', 0.7], ['Margaret Oduya', 'PER', 0.95]]);
    expect(reg.find('Supreme Court')).toBeUndefined();
  });

  it('takes no place from a preposition before a possessive', () => {
    const text = 'The launch marks a shift in Velmora’s strategy. Revenue from Velmora’s channels fell.';
    const reg = registry(text, [['Velmora', 'ORG', 0.5], ['Velmora', 'ORG', 0.5]]);
    const p = reg.find('Velmora');
    expect(p?.evidence.place).toBe(0);
    expect(p && kindOf(p, rules)).toBe('organization');
  });

  it('lists no news agency that was only told something', () => {
    const text = 'The two men were freed on Tuesday, an insurgent source told Agence France-Presse. The Taliban said nothing.';
    expect(analyse(text, 'en').parties.map((p) => p.name)).not.toContain('Agence France-Presse');
  });
});
