// The cleaning's lookup tables are data made at build time (lib/rules/clean-tables.json, scripts/gen-clean-tables.mjs),
// so a cold page does not build them. They must equal what the lists a person edits give today: a phrase, service or
// class hint added to a list and not regenerated would otherwise never be seen by the pipeline.
import { describe, expect, it } from 'vitest';
import TABLES from '../../lib/rules/clean-tables.json';
import { cleanTables, hintTables, phraseTables, serviceTables } from '../../lib/clean/clean-tables';

describe('clean tables', () => {
  it('hold what the lists give (rerun `npm run build:clean-tables` after editing a list)', () => {
    const { about, ...tables } = TABLES;
    expect(about).toMatch(/gen-clean-tables/);
    expect(JSON.parse(JSON.stringify(cleanTables()))).toEqual(tables);
  });

  it('index phrases as the lookups read them', () => {
    const t = phraseTables([
      { lang: 'xx', line: { share: ['share this', 'read # comments'], related: ['share this'] }, lead: { related: ['see also', 'see also our guide'] },
        contains: { donation: ['please give', 'please give today'] }, period: ['a month'], counterUnits: ['views'] },
      { lang: 'yy', line: { comments: ['share this'] }, counterUnits: ['views', 'vues'] },
    ]);
    expect(t.line).toEqual({ 'share this': 'share' }); // the first list's reason stays
    expect(t.patterns).toEqual([['line', 'share', 'comments', 'read # comments']]); // its longest piece
    expect(t.lead).toEqual({ s: [['see also our guide', 'related'], ['see also', 'related']] }); // longest first
    expect(t.byFirstWord).toEqual({ please: [['please give today', 'donation'], ['please give', 'donation']] });
    expect(t.units).toEqual(['views', 'vues']);
    expect(t.period).toEqual(['a month']);
  });

  it('index services and class hints', () => {
    const s = serviceTables([{ name: 'Pay Co', names: ['PayCo', 'pay co'], domains: ['payco.example', 'pay.example'] }, { name: 'Tip', names: ['tip jar'], domains: ['tipjar.example'] }]);
    expect(s.names).toEqual(['tip jar', 'pay co', 'payco']);
    expect(s.byName).toEqual({ payco: 'Pay Co', 'pay co': 'Pay Co', 'tip jar': 'Tip' });
    expect(s.domains).toEqual({ pa: [['payco.example', 'Pay Co'], ['pay.example', 'Pay Co']], ti: [['tipjar.example', 'Tip']] });
    expect(hintTables({ share: ['share-bar', 'social*'] })).toEqual([{ reason: 'share', exact: ['share-bar', 'sharebar'], prefixes: ['social'] }]);
  });
});
