// A class noun types the name it stands before or gives examples of: "die Plattform Korvi" and "der Shop Brellu"
// are companies (one party "Korvi", not "Plattform Korvi"), "Marktführer Zandor" is no person's title, "companies
// such as Vantrel, Oskon" and "Billigshops wie Korvi, Dralix und Mivo" list bodies; a plural acronym spelt out
// ("DSPs (Demand Side Platforms)") is a class of things, no body. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry, kindOf } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const registry = (lang: string, text: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));
const kindIn = (lang: string, reg: ReturnType<typeof registry>, name: string) => {
  const p = reg.find(name);
  return p ? kindOf(reg.get(p.id), rulesFor(lang)) : undefined;
};

describe('class nouns', () => {
  it('makes one company of a name after its class noun, where every noun is capitalised', () => {
    const text = 'Die oft kritisierte Plattform Korvi kam im Test gut weg. Der Onlinemarktplatz Korvi will das ändern. Korvi hat nicht reagiert.';
    const reg = registry('de', text, [['Korvi', 'PER', 0.36], ['Korvi', 'PER', 0.31]]);
    expect(reg.find('Plattform Korvi')).toBeUndefined();
    expect(kindIn('de', reg, 'Korvi')).toBe('organization');
    expect(reg.get(reg.find('Korvi')!.id).mentions.length).toBe(3);
  });

  it('keeps a body whose own head opens its name', () => {
    const text = 'An der Universität Halmberg studieren viele. Die Universität Halmberg wächst.';
    const reg = registry('de', text, [['Universität Halmberg', 'ORG', 0.9], ['Universität Halmberg', 'ORG', 0.9]]);
    expect(kindIn('de', reg, 'Universität Halmberg')).toBe('organization');
  });

  it('reads "Marktführer" as a body noun, not a title', () => {
    const text = 'Auch bei Marktführer Zandor fanden die Prüfer Mängel.';
    const reg = registry('de', text, [['Marktführer Zandor', 'ORG', 0.4]]);
    expect(kindIn('de', reg, 'Zandor')).toBe('organization');
  });

  it('makes bodies of the names given as examples of a body noun', () => {
    const en = 'He invited companies such as Vantrel, Oskon, and others to take part.';
    const r1 = registry('en', en, [['Vantrel', 'PER', 0.7], ['Oskon', 'PER', 0.4]]);
    expect([kindIn('en', r1, 'Vantrel'), kindIn('en', r1, 'Oskon')]).toEqual(['organization', 'organization']);
    const de = 'Billigshops wie Korvi, Dralix und Mivo locken mit Tiefpreisen.';
    const r2 = registry('de', de, [['Korvi', 'PER', 0.4], ['Dralix', 'LOC', 0.5], ['Mivo', 'PER', 0.45]]);
    expect(['Korvi', 'Dralix', 'Mivo'].map((n) => kindIn('de', r2, n))).toEqual(['organization', 'organization', 'organization']);
  });

  it('does not let a body noun type a name across a sentence end', () => {
    const text = 'Durch einen Klick gelangen Sie zum Anbieter. Sollten Sie dort kaufen, erhalten wir eine Provision.';
    const reg = registry('de', text, []);
    const p = reg.find('Sollten Sie');
    expect(p ? kindIn('de', reg, 'Sollten Sie') : 'none').not.toBe('organization');
  });
});

describe('place nouns', () => {
  it('makes no party of a road\'s head before its number, and a place of a belt of country', () => {
    const text = 'Storms are likely from the Maize Belt to Highway 287 on Saturday. The Maize Belt will see hail.';
    const reg = registry('en', text, [['Maize Belt', 'PER', 0.9], ['Highway', 'LOC', 0.56], ['Maize Belt', 'PER', 0.85]]);
    expect(reg.find('Highway')?.mentions.length ?? 0).toBe(0);
    expect(kindIn('en', reg, 'Maize Belt')).toBe('place');
  });
});
