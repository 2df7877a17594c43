// A body's portfolio of two fields joined by a conjunction ("Bureau of Ports and Inland Waters") that the tagger cut
// at the conjunction is one name; a second body named in its own right stays apart.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';

const reg = (text: string, tagged: Parameters<typeof spans>[1], lang = 'en') => buildRegistry(scan(text), [], rulesFor(lang), spans(text, tagged));

describe('a body whose portfolio the tagger cut at a conjunction', () => {
  it('is one body', () => {
    const text = 'The ferry ran aground on Tuesday, the Northland Bureau of Ports and Inland Waters said in a statement.';
    const r = reg(text, [['Northland Bureau of Ports', 'ORG', 0.8], ['Inland Waters', 'ORG', 0.9]]);
    expect(r.find('Northland Bureau of Ports and Inland Waters')?.kind).toBe('organization');
    expect(r.find('Inland Waters')).toBeUndefined();
  });

  it('is one body in German too', () => {
    const text = 'Das Landesamt für Forsten und Gewässerpflege teilte am Montag mit, der Damm halte.';
    const r = reg(text, [['Landesamt für Forsten', 'ORG', 0.8], ['Gewässerpflege', 'ORG', 0.9]], 'de');
    expect(r.find('Landesamt für Forsten und Gewässerpflege')?.kind).toBe('organization');
  });

  it('leaves a second body the text names again apart', () => {
    const text = 'The Northland Bureau of Ports and Brightwater Shipping signed the deal. Brightwater Shipping said it was pleased.';
    const r = reg(text, [['Northland Bureau of Ports', 'ORG', 0.8], ['Brightwater Shipping', 'ORG', 0.9], ['Brightwater Shipping', 'ORG', 0.9]]);
    expect(r.find('Brightwater Shipping')?.kind).toBe('organization');
    expect(r.find('Northland Bureau of Ports')?.kind).toBe('organization');
  });

  it('leaves a second body with its own head apart', () => {
    const text = 'The Northland Bureau of Ports and Ministry of Fisheries signed the deal on Monday.';
    const r = reg(text, [['Northland Bureau of Ports', 'ORG', 0.8], ['Ministry of Fisheries', 'ORG', 0.9]]);
    expect(r.find('Northland Bureau of Ports and Ministry of Fisheries')).toBeUndefined();
  });
});
