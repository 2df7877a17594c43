// The parties of a story: names, types, aliases, roles, descriptions, and what is not a party.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';

const parties = (text: string, lang = 'en') => analyzeArticle({ text, lang }).parties;
const find = (ps: ReturnType<typeof parties>, name: string) => ps.find((p) => p.name === name);

describe('parties', () => {
  const text = [
    'ISTANBUL – Talks between the Afghan Taliban and Pakistan ended on Tuesday, with the Islamic Emirate of Afghanistan (IEA) blaming Islamabad’s “irresponsible” approach.',
    'The talks, hosted and mediated by Turkey and Qatar, were meant to address militancy by the Tehrik-i-Taliban Pakistan (TTP), also known as the Pakistani Taliban.',
    'In a statement on X, Zabihullah Mujahid, the chief spokesman for the IEA, said the Pakistani side had refused. “We came in good faith,” Mujahid wrote. “God willing, peace will come.”',
  ].join('\n\n');
  const ps = parties(text);

  it('links acronyms from "Long Name (ACR)" and "also known as"', () => {
    expect(find(ps, 'Islamic Emirate of Afghanistan')).toMatchObject({ type: 'organization' });
    expect(find(ps, 'Islamic Emirate of Afghanistan')!.aliases).toContain('IEA');
    const ttp = find(ps, 'Tehrik-i-Taliban Pakistan')!;
    expect(ttp.aliases).toEqual(expect.arrayContaining(['TTP', 'Pakistani Taliban']));
  });

  it('defines a name written in another language than the text, its own small words skipped, from its acronym', () => {
    const de = parties('Das European Center for Constitutional and Human Rights (ECCHR) unterstützt die Klage. Zudem hat der Internationale Strafgerichtshof (IStGH) Haftbefehl erlassen. Das ECCHR begrüßte das.', 'de');
    expect(find(de, 'European Center for Constitutional and Human Rights')?.aliases).toContain('ECCHR');
    expect(find(de, 'Internationale Strafgerichtshof')?.aliases).toContain('IStGH');
    expect(de.map((p) => p.name)).not.toContain('Constitutional');
    // A name's own leading article stays out of it, and still gives the acronym its letter.
    const en = parties('India wants growth, says Rajani Rashmi, a researcher at The Energy and Resources Institute (TERI) in New Delhi. TERI said more. Rashmi agreed.');
    expect(find(en, 'Energy and Resources Institute')?.aliases).toContain('TERI');
    // A language that writes a name's content words in lower case keeps them in the name.
    const it = parties("L'Associazione proprietari affitti brevi (APAB) ha contato gli annunci. Secondo l'APAB sono almeno 8.000. Il sindaco Marco Rossi ha risposto.", 'it');
    expect(find(it, 'Associazione proprietari affitti brevi')?.aliases).toContain('APAB');
  });

  it('never lists the site itself, by its name or its initials', () => {
    const text = 'Die Klage wurde eingereicht, berichtet LTO. Der Anwalt Alexander Schwarz sagte, das Gericht müsse prüfen. LTO hatte zuvor berichtet. Alexander Schwarz bleibt dabei.';
    const names = analyzeArticle({ text, lang: 'de', site: 'Legal Tribune Online' }).parties.map((p) => p.name);
    expect(names).toContain('Alexander Schwarz');
    expect(names).not.toContain('LTO');
    const nyt = 'The NYT reported it first. Mayor Eric Adams said the city would act. The NYT later added detail. Eric Adams agreed.';
    expect(analyzeArticle({ text: nyt, lang: 'en', site: 'The New York Times' }).parties.map((p) => p.name)).not.toContain('NYT');
  });

  it('lets capitals acting and demonyms stand for the country (a capital acting for it is shown as an alias, a demonym only a mention)', () => {
    const pk = find(ps, 'Pakistan')!;
    expect(pk.type).toBe('country');
    expect(pk.aliases).toContain('Islamabad');
    expect(pk.aliases).not.toContain('Pakistani');
    expect(find(ps, 'Islamabad')).toBeUndefined();
  });

  it('finds roles from "hosted and mediated by" and descriptions from appositions', () => {
    expect(find(ps, 'Turkey')!.roles).toEqual(expect.arrayContaining(['host', 'mediator']));
    expect(find(ps, 'Qatar')!.roles).toContain('mediator');
    const zm = find(ps, 'Zabihullah Mujahid')!;
    expect(zm.type).toBe('person');
    expect(zm.aliases).toContain('Mujahid');
    expect(zm.description).toBe('chief spokesman for the IEA');
    expect(zm.roles).toEqual(expect.arrayContaining(['speaker', 'spokesperson']));
  });

  it('leaves out weekdays, the platform X, God and sentence-initial words', () => {
    const names = ps.map((p) => p.name);
    for (const n of ['Tuesday', 'X', 'God', 'ISTANBUL', 'In', 'The']) expect(names).not.toContain(n);
  });

  it('orders parties by salience', () => {
    for (let i = 1; i < ps.length; i++) expect(ps[i - 1]!.salience).toBeGreaterThanOrEqual(ps[i]!.salience);
    expect(ps[0]!.salience).toBe(1);
  });

  it('keeps same-surname people as two parties and types organisations by head words', () => {
    const p2 = parties('Agriculture Minister Maria Keller met the National Farmers Union (NFU). Tom Keller, a sheep farmer, was outside. “It is unfair,” Mr Keller said.');
    expect(p2.filter((p) => /Keller$/.test(p.name)).map((p) => p.name).sort()).toEqual(['Maria Keller', 'Tom Keller']);
    expect(find(p2, 'National Farmers Union')).toMatchObject({ type: 'organization', aliases: ['NFU'] });
    expect(find(p2, 'Maria Keller')!.description).toBe('Agriculture Minister');
  });

  it('does not make a party of a place named as a location', () => {
    const p3 = parties('Shares of Veridian Semiconductors fell 4 per cent in New York trading. Veridian will appeal.');
    expect(p3.map((p) => p.name)).not.toContain('New York');
    expect(find(p3, 'Veridian Semiconductors')!.aliases).toContain('Veridian');
  });
});

describe('parties: words that qualify, and descriptions before a name', () => {
  const ps = parties([
    'The collapse of the Minsk talks left the Kelby Harbour Board without a plan, officials said on Friday.',
    'The Muslim community of the town and Catholics in the parish both asked for calm.',
    'The decision followed directives of the reclusive supreme leader, Haibatullah Akhundzada, who rarely appears in public.',
  ].join('\n\n'));

  it('takes no party from a lone name before an event noun ("the Minsk talks") or from a faith word', () => {
    expect(ps.map((p) => p.name)).not.toEqual(expect.arrayContaining(['Minsk']));
    expect(ps.map((p) => p.name)).not.toContain('Muslim');
    expect(ps.map((p) => p.name)).not.toContain('Catholics');
    expect(find(ps, 'Kelby Harbour Board')).toMatchObject({ type: 'organization' });
  });

  it('describes a person from a role phrase ending just before the name', () => {
    expect(find(ps, 'Haibatullah Akhundzada')).toMatchObject({ type: 'person', description: 'reclusive supreme leader' });
  });

  it('leaves the conjunction that opened the clause out of a description ("…, but the town\'s mayor, Name, said")', () => {
    const t = 'Nobody else was missing, the delegate said. The search went on through the night, but Kelby’s mayor, Ana Lorca Vidal, said the block would be pulled down. Lorca Vidal visited the site.';
    expect(find(parties(t), 'Ana Lorca Vidal')?.description).toBe('Kelby’s mayor');
  });
});
