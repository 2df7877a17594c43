// What the party list shows on real pages' shapes, on invented text: one person the tagger cut in two is one party,
// a name and the same with a second surname are one, the site is no party by its shorter name, words in capitals
// that shout are no names, a person whose surname is a paper's name is a person, a place that speaks is its
// institution, German noun phrases are no names.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';
import { analyse } from './analyse';
import { buildRegistry, rankParties } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { spans } from './tagged-spans';

const names = (text: string, lang = 'en', site?: string) =>
  analyzeArticle({ text, lang, site }, { ner: loadNerModel(lang) }).parties.map((p) => p.name);

describe('a person the text names once in full', () => {
  it('is one party when the tagger cut the given name off after a title', () => {
    const text = [
      'The court ruled 6-3 on Friday. Chief Justice Harold Wendt wrote the opinion for the majority.',
      'Wendt, joined by Justice Amy Coney Barrett and the three liberal justices, said the law was clear.',
    ].join('\n\n');
    const ps = names(text);
    expect(ps).toContain('Amy Coney Barrett');
    expect(ps).not.toContain('Amy');
    expect(ps).not.toContain('Coney Barrett');
  });

  it('keeps a place before a name apart from it', () => {
    const text = 'The former ambassador to Ukraine Marta Velloso testified for hours. Velloso said she had been warned.';
    const ps = names(text);
    expect(ps).not.toContain('Ukraine Marta Velloso');
  });
});

describe('a name and the same name with a second surname', () => {
  it('are one person', () => {
    const text = [
      'El consejero Antonio Sanz Cabello visitó la zona del incendio este lunes.',
      'Antonio Sanz explicó que los vecinos podrán volver a sus casas. Sanz agradeció el trabajo de los bomberos.',
    ].join('\n\n');
    const ps = analyse(text, 'es').parties;
    const sanz = ps.filter((p) => p.name.startsWith('Antonio Sanz'));
    expect(sanz).toHaveLength(1);
    expect(sanz[0]!.aliases).toContain('Antonio Sanz');
  });

  it('but not with a word that makes it a thing named after the person', () => {
    const text = 'Fans gathered for Roy Dalton Night at the stadium on Saturday. Roy Dalton played there for a decade, and Dalton was cheered.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'Roy Dalton Night')?.aliases ?? []).not.toContain('Roy Dalton');
  });
});

describe('the site itself', () => {
  it('is no party by its name without the words a site adds ("News", "online")', () => {
    const text = 'A Nato official told the BBC that no member could be expelled. Prime Minister Ellen Hart said the alliance was strong. Hart added that talks would go on.';
    expect(names(text, 'en', 'BBC News')).not.toContain('BBC');
    expect(names(text, 'en', 'BBC News')).toContain('Ellen Hart');
    // without the site named so, the broadcaster told things stays a party of the story
    expect(names(text, 'en', 'Harbour Gazette')).toContain('BBC');
  });

  it('nor by its name without an address ending, unless that is a country', () => {
    const text = 'Tradewire said on Monday that Nordwind would be sold, in a report. Tradewire has seen the letter. Nordwind chief Ellen Hart confirmed it. Canada will review the deal, Ellen Hart said.';
    expect(names(text, 'en', 'Tradewire.com')).not.toContain('Tradewire');
    expect(names(text, 'en', 'Harbour Gazette')).toContain('Tradewire');
    expect(names(text, 'en', 'Canada.com')).toContain('Canada');
  });
});

describe('words in capitals that shout', () => {
  it('make no name, while an acronym the body writes stays', () => {
    const text = [
      'Nato leaders met in Brussels on Monday. Nato has 32 members.',
      'In a post, President Ellen Hart wrote: "NATO WASN\'T THERE WHEN WE NEEDED THEM." Hart repeated the claim later.',
    ].join('\n\n');
    const ps = names(text);
    expect(ps.some((n) => /WAS/.test(n))).toBe(false);
  });

  it('but a list of acronyms is no shouting', () => {
    const text = 'He holds the belts of three bodies, the IBF WBO WBA titles among them. The IBF said the fight would go ahead in May.';
    expect(names(text)).toContain('IBF');
  });
});

describe('a person whose surname is the name of a paper', () => {
  it('is a person, not the press', () => {
    const text = 'Die damalige Umweltministerin Anne Spiegel (Grüne) musste in den Zeugenstand. Spiegel, die inzwischen Ministerin in Berlin ist, wies die Vorwürfe zurück.';
    expect(names(text, 'de')).toContain('Anne Spiegel');
  });
});

describe('a place that speaks', () => {
  it('is the institution there', () => {
    const text = 'The islands voted to stay British in 2013. Downing Street said the sovereignty of the islands "rests with the UK". Ministers agreed.';
    const ds = analyse(text, 'en').parties.find((p) => p.name === 'Downing Street');
    expect(ds?.type).toBe('organization');
  });
});

describe('a name that opens with an adjective of place (German)', () => {
  it('is no person, while a given name with the same ending is', () => {
    const text = [
      'In Thüringen wird weniger Fleisch produziert. Der Landwirt Alexander Brenner hält 400 Tiere.',
      'Dadurch landet weniger Thüringer Schwein in der Wurst, sagt Brenner. Alexander Brenner will trotzdem weitermachen.',
    ].join('\n\n');
    const ps = names(text, 'de');
    expect(ps).not.toContain('Thüringer Schwein');
    expect(ps).toContain('Alexander Brenner');
  });
});

describe('an acronym of a name and the country written after it', () => {
  it('is that party', () => {
    const text = [
      'Democratic Union of Valdoria leader Mara Kessel proposed a new vote on Monday.',
      'In addition to the DUV, two smaller parties want the vote. Kessel said the DUV would not wait.',
    ].join('\n\n');
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'DUV')).toBeUndefined();
    expect(ps.find((p) => p.name.startsWith('Democratic Union'))?.aliases).toContain('DUV');
  });
});

describe('German noun phrases the tagger was unsure of', () => {
  const listed = (text: string, tagged: [string, EntitySpan['type'], number][], speakers: [string, number][] = []) => {
    const rules = rulesFor('de');
    const reg = buildRegistry(scan(text), [], rules, spans(text, tagged));
    const newSpeakers = new Map(speakers.map(([name, first]) => [name, { quotes: 1, first, kind: 'person' as const }]));
    return rankParties(reg, rules, { quotes: new Map(), newSpeakers }, { strict: false, tagged: true }).map((p) => p.name);
  };

  it('a compound of hyphened nouns is no body', () => {
    const text = 'Aufhänger der betrügerischen Phishing-Masche sind angebliche Regeln. Die Firma Nordwind AG bestätigte die Angriffe.';
    const ps = listed(text, [['Phishing-Masche', 'ORG', 0.66], ['Nordwind AG', 'ORG', 0.9]]);
    expect(ps).not.toContain('Phishing-Masche');
    expect(ps).toContain('Nordwind AG');
  });

  it('a name that opens with an article is no person', () => {
    const text = 'Das Phishingradar der Verbraucherzentrale rät zur Vorsicht. Die Firma Nordwind AG bestätigte die Angriffe.';
    const ps = listed(text, [['Nordwind AG', 'ORG', 0.9]], [['Das Phishingradar der Verbraucherzentrale', 0]]);
    expect(ps).not.toContain('Das Phishingradar der Verbraucherzentrale');
    expect(ps).toContain('Nordwind AG');
  });
});
