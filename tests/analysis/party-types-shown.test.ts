// The type a reader sees a party under, on invented text: the region after a dateline's place is no party, a
// paper's head word alone ("the Chronicle") is the paper, not a person.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { analyzeArticle } from '../../lib/analysis';
import { loadNerModel } from '../../cli/ner-models';

const names = (text: string, lang = 'en') => analyse(text, lang).parties.map((p) => p.name);

describe('a dateline', () => {
  it('gives no party for the region after its place', () => {
    const text = 'MILLBROOK, Calif. (AP) — A man was stabbed on a commuter train on Tuesday, police said.\n\nOfficer Dana Whitfield said the suspect ran from the station and was arrested later.';
    expect(names(text)).not.toContain('Calif');
    expect(names(text)).toContain('Dana Whitfield');
  });
});

describe('a paper named by its head word', () => {
  it('is the paper, not a person', () => {
    const text = 'The Riverton Chronicle says police are looking into whether the victim tried to help.\n\nThe man ran from the station. The Chronicle says he was arrested a block away, and officer Dana Whitfield confirmed it.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'Chronicle')).toBeUndefined();
    expect(ps.find((p) => p.name === 'Dana Whitfield')?.type).toBe('person');
  });
});

describe('a capital that speaks', () => {
  it('is its state, no person', () => {
    const text = 'Troops began the annual drills on Monday near the northern coast, officials said.\n\nChina considers the island part of its territory. Beijing called the drills a “stern warning” to “separatist” forces.\n\nColonel Anna Marsh said the exercise had been planned for months.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'Beijing')).toBeUndefined();
    expect(ps.find((p) => p.name === 'China')).toMatchObject({ type: 'country', roles: ['speaker'] });
  });
});

describe('a label line closed by a colon', () => {
  it('names no party where the text names it nowhere else', () => {
    const text = 'Die wichtigsten Neuigkeiten im Überblick\n\nDas Wichtigste in Kürze:\n\nDie Regierung stellt den Betrieb des Hafens ein. Das teilte Ministerin Anna Berger am Montag in Hamburg mit.\n\nDie Lieferungen sollen neu über den Landweg erfolgen.';
    const ns = names(text, 'de');
    expect(ns).not.toContain('Kürze');
    expect(ns).toContain('Anna Berger');
  });
});

describe('a people named after a place', () => {
  it('is a group, not a place', () => {
    const text = 'The state launched a new campaign on Monday.\n\nOne campaign video featured a series of South Dakotans declaring their support, Governor Kristi Noem said.';
    const ps = analyse(text, 'en').parties;
    expect(ps.find((p) => p.name === 'South Dakotans')?.type).toBe('group');
    expect(ps.find((p) => p.name === 'Kristi Noem')?.type).toBe('person');
  });
});

describe('the site’s own name', () => {
  it('is no party where the text writes it with the site’s article', () => {
    const text = 'The governor defended the campaign on Monday, aide Dana Whitfield said.\n\nThe governor’s office did not respond to The Hill’s request for comment.';
    const ps = analyzeArticle({ text, lang: 'en', site: 'The Hill' }, { ner: loadNerModel('en') }).parties.map((p) => p.name);
    expect(ps).not.toContain('Hill');
    expect(ps).toContain('Dana Whitfield');
  });
});

describe('a full name in the German genitive', () => {
  it('is one person under the base form, with the surname the text writes alone', () => {
    const text = 'Der Vergleich mit Hillary Clintons Verweis auf die Anhänger wurde oft gezogen.\n\nSie hatte sie als "Korb der Bedauernswerten" bezeichnet, was laut Clinton ein Faktor für ihre Niederlage war.';
    const ps = analyse(text, 'de').parties;
    const p = ps.find((x) => x.name === 'Hillary Clinton');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('Clinton');
    expect(ps.map((x) => x.name)).not.toContain('Clinton');
  });
});

describe('a description from an apposition', () => {
  it('drops the oblique article that opens it', () => {
    const text = 'Die Demokraten wurden jedoch von Future Forward, dem führenden Super Political Action Committee (PAC), unterstützt. Future Forward warnte später vor einer Niederlage.\n\nDer Wahlkampf ging weiter, sagte Sprecherin Anna Berger.';
    const p = analyse(text, 'de').parties.find((x) => x.name === 'Future Forward');
    expect(p?.description).toMatch(/^führenden Super/);
  });
});

describe('a body whose name holds particles and an article', () => {
  it('is one party, and a title with its domain makes no person of the domain', () => {
    const text = 'El Comité Internacional de la Cruz Roja ha denunciado el asesinato de dos trabajadores en Rafah. Ibrahim trabajaba para la Cruz Roja desde hacía años.\n\nPor su parte, el Jefe del Estado Mayor israelí, Eyal Zamir, aseguró que la operación continuará.';
    const ps = analyse(text, 'es').parties;
    expect(ps.find((p) => p.name === 'Comité Internacional de la Cruz Roja')?.type).toBe('organization');
    expect(ps.map((p) => p.name)).not.toContain('Comité Internacional');
    expect(ps.find((p) => p.name === 'Estado Mayor')).toBeUndefined();
    expect(ps.find((p) => p.name === 'Eyal Zamir')?.type).toBe('person');
  });
});

describe('a body’s name the tagger cut short after a possessive', () => {
  it('goes on to the end of its capitalised run', () => {
    const text = "The governor defended the campaign on Monday.\n\nIn 2016, the South Dakota's Department of Social Services reported that the number of young people in the state's foster care system rose.";
    const ns = names(text);
    expect(ns.some((n) => n.endsWith('Department of Social Services'))).toBe(true);
    expect(ns.some((n) => n.endsWith('of Social'))).toBe(false);
  });
});

describe('a territory the tagger takes for someone', () => {
  it('is a place, never a person', () => {
    const text = 'Bei der Kundgebung machte ein Redner mehrere Witze, darunter einen Witz über Puerto Rico als "Insel des Mülls". Die Kampagne distanzierte sich später davon, sagte Sprecherin Anna Berger.';
    expect(analyse(text, 'de').parties.find((p) => p.name === 'Puerto Rico')?.type ?? 'place').toBe('place');
  });
});
