// Outside German too, a role noun that says a woman ("la portavoz", "la porte-parole", "la presidente": by its article
// where the noun is the same for both) stands for the woman named in that role, not for a man named in the same role
// closer before; the role before a name ("La portavoz socialista, Esther Peña") says her gender. Invented text.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './analyse';

const es = [
  'La portavoz socialista, Esther Peña, y el portavoz popular, Borja Sémper, debatieron el martes en la radio sobre la reforma.',
  'Sémper explicó el calendario de su partido y respondió a las preguntas sobre la financiación autonómica.',
  '“No habrá recortes en sanidad este año”, afirmó la portavoz.',
].join('\n\n');

const fr = [
  'La porte-parole du gouvernement, Maud Bregeon, et le porte-parole du parti, Thomas Ménagé, ont débattu mardi à la radio.',
  'Ménagé a détaillé le calendrier de son parti et les économies prévues pour l\'année prochaine.',
  '« Il n\'y aura pas de hausse d\'impôts cette année », a assuré la porte-parole.',
].join('\n\n');

const it_ = [
  'La presidente della regione, Chiara Bianchi, e il presidente della provincia, Marco Rossi, hanno parlato martedì alla radio.',
  'Rossi ha spiegato il calendario della riforma e ha risposto alle domande sui fondi.',
  '«Non ci saranno tagli alla sanità quest\'anno», ha detto la presidente.',
].join('\n\n');

describe('a feminine role phrase', () => {
  it('is the woman in that role (es: la portavoz)', () => expect(speakerOf(es, 'No habrá recortes', 'es')).toBe('Esther Peña'));
  it('is the woman in that role (fr: la porte-parole)', () => expect(speakerOf(fr, 'hausse d\'impôts', 'fr')).toBe('Maud Bregeon'));
  it('is the woman in that role (it: la presidente)', () => expect(speakerOf(it_, 'tagli alla sanità', 'it')).toBe('Chiara Bianchi'));
});
