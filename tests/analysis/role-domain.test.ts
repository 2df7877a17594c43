// A role's domain in the genitive between the role and a full name ("Мэр Казани Ильсур Метшин": the mayor of Kazan)
// goes with the role into the description, not into the name. Invented names, the shipped models.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const person = (text: string, lang: string, name: string) => analyse(text, lang).parties.find((p) => p.name === name);

describe('a place in the genitive after a role', () => {
  it('is the role’s domain in Russian', () => {
    const text = 'Мэр Тарска Ильдар Фаизов заявил, что город готов к празднику. «Мы всё подготовили», — сказал Ильдар Фаизов.';
    expect(person(text, 'ru', 'Ильдар Фаизов')?.description).toBe('Мэр Тарска');
  });

  it('is the role’s domain in Polish', () => {
    const text = 'Prezydent Gorzowa Tomasz Wilkosz powiedział, że miasto jest gotowe. „Jesteśmy gotowi” – powiedział Tomasz Wilkosz.';
    expect(person(text, 'pl', 'Tomasz Wilkosz')?.description).toBe('Prezydent Gorzowa');
  });

  it('leaves a patronymic in the name', () => {
    const text = 'Губернатор Пётр Ильич Семёнов заявил, что область готова. «Мы готовы», — сказал Пётр Ильич Семёнов.';
    expect(person(text, 'ru', 'Пётр Ильич Семёнов')).toBeDefined();
  });
});

describe('a country alone after a title', () => {
  it('is the country, not a person of that name', () => {
    const text = 'Trainer Jonas Keller verstand die Welt nicht mehr. Die Rote Karte riss die Schweizer jäh aus allen Träumen von einer Sensation gegen den Weltmeister Argentinien – und warf die Frage auf, ob der Schiedsrichter richtig lag.';
    const party = analyse(text, 'de').parties.find((p) => p.name === 'Argentinien');
    expect(party?.type).toBe('country');
  });
});
