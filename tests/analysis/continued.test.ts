// "« A », écrit le chef du gouvernement. « B », souligne-t-il.": the pronoun of the next quotation continues the
// description, so once the pronoun names a person the description is that person too. Invented text, en/fr/de/es.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './analyse';

const speakers = speakersOf;
const filler: Record<string, string> = {
  en: 'The summit takes place at a palace near the old university town, where delegations from forty countries arrive by train and by road. Talks on trade, energy, migration and security fill two full days, and the hosts hope for a joint declaration by the evening of the second day, after long nights of drafting.',
  fr: 'Le sommet se tient dans un palais près de la vieille ville universitaire, où arrivent en train et par la route des délégations de quarante pays. Les discussions sur le commerce, l’énergie, la migration et la sécurité occupent deux journées entières, et les hôtes espèrent une déclaration commune.',
  de: 'Der Gipfel findet in einem Schloss nahe der alten Universitätsstadt statt, wo Delegationen aus vierzig Ländern mit dem Zug und über die Straße anreisen. Gespräche über Handel, Energie, Migration und Sicherheit füllen zwei volle Tage, und die Gastgeber hoffen auf eine gemeinsame Erklärung.',
  es: 'La cumbre se celebra en un palacio cerca de la vieja ciudad universitaria, adonde llegan en tren y por carretera delegaciones de cuarenta países. Las conversaciones sobre comercio, energía, migración y seguridad ocupan dos días enteros, y los anfitriones esperan una declaración conjunta.',
};

describe('a description followed by a quotation its pronoun attributes', () => {
  const cases: [string, string][] = [
    ['en', `Prime Minister Karl Stanton wants to give relations a fresh start, he said on Monday.\n\n${filler.en}\n\n“The president and I will look at the most urgent questions of our continent,” writes the head of the government. “We are still bound by many things,” he stresses.`],
    ['fr', `Le Premier ministre Karl Stanton veut donner un nouvel élan aux relations, a-t-il dit lundi.\n\n${filler.fr}\n\n« Le président et moi-même nous pencherons sur les questions les plus urgentes », écrit le chef du gouvernement travailliste. « Nous sommes encore liés par beaucoup de choses », souligne-t-il.`],
    ['de', `Premierminister Karl Stanton will den Beziehungen neuen Schwung geben, sagte er am Montag.\n\n${filler.de}\n\n„Der Präsident und ich werden uns den dringendsten Fragen widmen“, schreibt der Chef der Labour-Regierung. „Wir sind noch durch vieles verbunden“, betont er.`],
    ['es', `El primer ministro Karl Stanton quiere dar un nuevo impulso a las relaciones, dijo el lunes.\n\n${filler.es}\n\n«El presidente y yo abordaremos las cuestiones más urgentes», escribe el jefe del Gobierno laborista. «Seguimos unidos por muchas cosas», subraya él.`],
  ];
  it('is the person the pronoun was resolved to', () => {
    for (const [lang, text] of cases) expect(speakers(text, lang), lang).toEqual(['Karl Stanton', 'Karl Stanton']);
  });

  it('an indefinite one ("a senior official") stays unnamed', () => {
    const t = `Prime Minister Karl Stanton wants to give relations a fresh start, he said on Monday.\n\n${filler.en}\n\n“The talks will be hard,” said a senior official of the delegation. “Nobody expects a quick deal,” he added.`;
    expect(speakers(t, 'en')[0]).toBeNull();
  });
});
