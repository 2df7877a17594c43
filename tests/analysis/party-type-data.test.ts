// A party's type where the data or the name's structure says it: a small state the gazetteer knows is a country
// whatever the tagger reads, a firm's head word makes a body (also a Romance head in another language's text), a
// known place opening a plural is a team, a Japanese word for "now" glued before a body is no part of it, and where
// every noun is capitalised a head with "und" right after it joins two common nouns, no body. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const typeOf = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name)?.type;
const names = (text: string, lang: string) => analyse(text, lang).parties.map((p) => p.name);

describe('party types from data and structure', () => {
  it('a small state is a country', () => {
    const text = 'Oil output in Venezuela, neighbouring Guyana, where foreign companies drill, and Suriname may rise. "Prices will fall," said Maren Holt, an analyst in Oslo.';
    expect(typeOf(text, 'en', 'Guyana')).toBe('country');
    expect(typeOf(text, 'en', 'Maren Holt')).toBe('person');
  });

  it('a firm named by its head word is an organisation', () => {
    const en = '"They will be paid," said Tom Ridley, director of business development at BRANT Oil Consulting in Oklahoma City.';
    expect(typeOf(en, 'en', 'BRANT Oil Consulting')).toBe('organization');
    const de = 'Gegründet wurde sie von großen Banken, darunter BNP Paribas, Société Lyonnaise und ING. "Das ist gut", sagt Karin Wendt, Expertin bei der Unternehmensberatung Varmo.';
    expect(typeOf(de, 'de', 'Société Lyonnaise')).toBe('organization');
    expect(typeOf(de, 'de', 'Varmo')).toBe('organization');
  });

  it('a known place opening a plural names a team', () => {
    // (the tagger reads a place here)
    const text = 'May 7, 1959: Roy Campanella Night. An exhibition game between the Dodgers and the New York Yankees to honor former Dodgers catcher Roy Campanella. "It was a great night," said Jim Harlan.';
    expect(typeOf(text, 'en', 'New York Yankees')).toBe('organization');
    // (a plural place noun keeps the place)
    expect(typeOf('The storm reached the Cayman Islands and Texas Hills on Monday, said Jim Harlan.', 'en', 'Texas Hills')).not.toBe('organization');
  });

  it('a Japanese body named by its head word, "now" glued before it left out', () => {
    const text = 'ミドリ銀行は14日、山田太郎社長（57）を解任すると発表した。持ち株会社にあたるミドリフィナンシャルサービスも木村健二社長（55）が辞任する。\n\nミドリフィナンシャルサービスは「体制の見直しが必要と判断した」と説明している。木村氏は1997年にミドリクレジットサービス（現ミドリフィナンシャルサービス）に入社した。';
    const p = analyse(text, 'ja').parties.find((x) => x.name === 'ミドリフィナンシャルサービス');
    expect(p?.type).toBe('organization');
    expect(p?.mentions).toBe(3);
  });

  it('"und" right after a body\'s head in German joins common nouns, not a body', () => {
    const text = 'Auch die Angriffe auf die malische Regierung und Bevölkerung Ende April zeigten den Druck. Das sagte Booker Omole in Nairobi.';
    expect(names(text, 'de').some((n) => n.startsWith('Regierung'))).toBe(false);
    const body = 'Die Stiftung Wissenschaft und Politik legte einen Bericht vor. Das sagte Booker Omole in Nairobi.';
    expect(names(body, 'de')).toContain('Stiftung Wissenschaft und Politik');
  });
});
