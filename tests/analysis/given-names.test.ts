// Where every noun is capitalised (German), a word before a two-word name may be a role ("Gewerkschafterin Claudia
// Reimers") or a given name ("Anna Odine Strøm"): a word the tagger's own span opens with is a given name, unless
// the tagger names it alone elsewhere ("Copernicus"). And an apposition ending in a conjunction is one item of a
// list, no description. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const parties = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  buildRegistry(scan(text), [], rulesFor('de'), spans(text, tagged)).live().filter((p) => p.mentions.length);

describe('a word before a two-word German name', () => {
  it('is a given name when the tagger’s span opens with it', () => {
    const text = 'Bemängelt wurde die Sohle bei der Norwegerin Anna Odine Holsen. Holsen will Einspruch einlegen.';
    const ps = parties(text, [['Anna Odine Holsen', 'PER', 0.3], ['Holsen', 'PER', 0.5]]);
    expect(ps.map((p) => p.name)).toContain('Anna Odine Holsen');
  });

  it('is no given name when the tagger names it alone elsewhere', () => {
    const text = 'Das sagte die Vizedirektorin des Klimaprogramms Velora Samira Brandt. Velora misst seit Jahren. Samira Brandt erwartet mehr Hitze.';
    const ps = parties(text, [['Velora Samira Brandt', 'PER', 0.5], ['Velora', 'ORG', 0.6], ['Samira Brandt', 'PER', 0.8]]);
    expect(ps.map((p) => p.name)).not.toContain('Velora Samira Brandt');
  });
});

describe('an apposition ending in a conjunction', () => {
  it('gives no description', () => {
    const text = 'Die Jury beanstandete die Sohle bei Tove Holsen, einen zu kurzen Anzug bei Per Lind oder die Skier des Polen.';
    const ps = parties(text, [['Tove Holsen', 'PER', 0.9], ['Per Lind', 'PER', 0.9]]);
    expect(ps.find((p) => p.name === 'Tove Holsen')?.description ?? null).toBeNull();
  });
});
