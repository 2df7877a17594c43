// An organisation's head word alone ("Instituto", "Parlamento") after an article of the text's own language ("ao
// Instituto", "del Parlamento") is the body the text names in full, not a party of its own beside it. Invented
// text, the shipped models.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const names = (text: string, lang: string) => analyse(text, lang).parties.map((p) => p.name);

describe('a body\'s head word alone after an article', () => {
  it('is the body named in full (Portuguese: ao, do)', () => {
    const text = [
      'Na ocasião, o treinador Rogério Lima e outros representantes do clube foram ao Instituto Moreira para mostrar a taça original ao ex-governador.',
      '"Em 2012 eu errei. Ele não era governador, mas fui ao Instituto e mandei felicitações por um aniversário", disse Rogério Lima.',
    ].join('\n\n');
    const listed = names(text, 'pt');
    expect(listed).toContain('Instituto Moreira');
    expect(listed).not.toContain('Instituto');
  });

  it('is the body named in full (Spanish: del)', () => {
    const text = [
      'El agente de 45 años trabajaba en la seguridad del Parlamento de Grecia. Habría obligado también a su mujer a callar.',
      'Según los primeros indicios, un policía que trabajaba en la seguridad del Parlamento griego ha sido detenido. Fue expulsado del servicio de seguridad del Parlamento y condenado a un año de prisión.',
      'La policía ha afirmado que al detenido, quien llevaba desde 2019 destinado en el Parlamento griego, se le había retirado la licencia de armas.',
    ].join('\n\n');
    const listed = names(text, 'es');
    expect(listed).toContain('Parlamento de Grecia');
    expect(listed).not.toContain('Parlamento');
  });

  it('is no name it ends as a particle\'s complement', () => {
    const text = [
      'La investigación llegó hasta la Presidencia del Gobierno, según fuentes judiciales consultadas el lunes.',
      'Desde la Presidencia del Gobierno negaron cualquier filtración. El Gobierno insiste en que el fiscal actuó con normalidad, y el Gobierno prepara un recurso.',
    ].join('\n\n');
    const ps = analyse(text, 'es').parties;
    expect(ps.find((p) => p.name === 'Presidencia del Gobierno')?.aliases ?? []).not.toContain('Gobierno');
  });
});
