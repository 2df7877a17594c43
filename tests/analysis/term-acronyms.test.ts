// An acronym the text spells out as a common noun phrase (its first word in lower case) shortens a thing or a
// notion, not a body: no party. One spelt out as a body's name still is one. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';

/** Every occurrence of `t` read by the tagger as a body, fairly sure. */
const orgSpans = (text: string, t: string): EntitySpan[] => [...text.matchAll(new RegExp(`\\b${t}\\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + t.length, type: 'ORG', score: 0.7 }));
const names = (text: string, lang: string, acr: string) =>
  buildRegistry(scan(text), [], rulesFor(lang), orgSpans(text, acr)).live().flatMap((p) => [p.name, ...p.aliases]);

describe('an acronym spelt out in lower case', () => {
  it('is no party after its phrase (German, nouns capitalised)', () => {
    const text = 'Geprüft wurden auch die allgemeinen Geschäftsbedingungen (AGB) der Händler. Später änderte Wolkenmarkt die AGB.';
    expect(names(text, 'de', 'AGB')).not.toContain('AGB');
  });
  it('is no party after its phrase in English, a function word and a hyphen inside', () => {
    const text = 'Spending over the medium-term plan of expenditure (MTPE) period will rise. The MTPE covers three years.';
    expect(names(text, 'en', 'MTPE')).not.toContain('MTPE');
  });
  it('is no party before its phrase in parentheses', () => {
    const text = 'Officers studied CCTV (closed-circuit television) images. The CCTV showed two men.';
    expect(names(text, 'en', 'CCTV')).not.toContain('CCTV');
  });
  it('stays a body when the phrase is a body\'s name', () => {
    const text = 'The Harbour Workers Union (HWU) called a strike. The HWU said talks had failed.';
    expect(names(text, 'en', 'HWU')).toContain('HWU');
  });
  it('stays a body when the lower-case phrase holds a body\'s head', () => {
    const text = 'El ministerio de fomento regional (MFR) publicó el plan. El MFR lo defendió ayer.';
    expect(names(text, 'es', 'MFR')).toContain('MFR');
  });
  it('is no party when its phrase opens the sentence, only its first word capitalised (English)', () => {
    const text = 'Analysts expect growth. Automated ledger reconciliation (ALR) came into vogue a decade ago. The ALR market grew.';
    const got = names(text, 'en', 'ALR');
    expect(got).not.toContain('ALR');
    expect(got).not.toContain('Automated ledger reconciliation');
  });
  it('stays a body opening the sentence where names keep lower-case words (French)', () => {
    const text = 'Le vote approche. Rassemblement citoyen (RC) a déposé une liste. Le RC défend son programme.';
    expect(names(text, 'fr', 'RC')).toContain('RC');
  });
});
