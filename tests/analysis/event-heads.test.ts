// A name after a capitalised word that makes it an event's own ("Operation Clean Sweep", "Hurricane Katrina") names
// no party, whatever the tagger read; the same name without such a head stays a party. Invented text, the tagger's
// spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import { analyse } from './analyse';

const registry = (text: string, lang: string, tagged: Parameters<typeof spans>[1]) => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('a name after an event head', () => {
  it('is no party', () => {
    const text = 'The plan recalled the 2013 Operation Clean Sweep, which cost traders their stalls. Hurricane Katrina flooded the city.';
    const names = analyse(text, 'en').parties.map((p) => p.name);
    expect(names.filter((n) => /Sweep|Katrina/.test(n))).toEqual([]);
  });

  it('leaves the same name alone without the head, or with the head in lower case', () => {
    const text = 'Katrina Lane said the operation Clean Sweep had failed. The storm passed, Lane added.';
    const reg = registry(text, 'en', [['Katrina Lane', 'PER', 0.9], ['Lane', 'PER', 0.8]]);
    expect(reg.find('Katrina Lane')?.kind).toBe('person');
  });

  it('holds in German', () => {
    const text = 'Die Bundeswehr beendete am Freitag die Operation Pegasus in Libyen, sagte Ministerin Anna Berg.';
    const reg = registry(text, 'de', [['Pegasus', 'PER', 0.5], ['Anna Berg', 'PER', 0.9]]);
    expect(reg.find('Pegasus')).toBeUndefined();
    expect(reg.find('Anna Berg')?.kind).toBe('person');
  });
});
