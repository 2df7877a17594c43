// Junk the popup listed as parties, each from a general cause: a paper cut to its head ("Rundschau" a place), a paper
// that speaks listed as a person, a neighbourhood after "do bairro" a person, a think tank after its noun a person
// with its director's next role as its description, and a Korean name before a word of address left out.
// Invented text.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import type { EntitySpan } from '../../lib/analysis/entities';
import { analyse } from './analyse';

const span = (text: string, t: string, type: EntitySpan['type'], score: number): EntitySpan => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type, score });
const party = (reg: ReturnType<typeof buildRegistry>, name: string) => reg.live().find((p) => p.name === name);

describe('a paper\'s head the tagger read alone', () => {
  it('is that paper, no place, after a capitalised word it left out', () => {
    const text = 'Das sagte er in einem Interview der Halbacher Rundschau am Montag.';
    const reg = buildRegistry(scan(text), [], rulesFor('de'), [span(text, 'Rundschau', 'LOC', 0.77)]);
    expect(party(reg, 'Rundschau')?.kind).toBe('media');
  });
});

describe('a paper that speaks', () => {
  it('is no person among the parties', () => {
    const text = 'Doch die „Vatikan News“ verkündete die Ankunft des „zweiten Papstes aus Amerika“. Der Papst selbst schwieg dazu.';
    const a = analyse(text, 'de');
    expect(a.parties.filter((p) => p.name.includes('News')).map((p) => p.type)).not.toContain('person');
  });
});

describe('a place noun and a particle after a mark', () => {
  it('make the name a place ("(SAD), do bairro X")', () => {
    const text = 'A equipe do Serviço de Atendimento (SAD), do bairro Taquaral, registrou nesta manhã o arrombamento de dois carros.';
    const reg = buildRegistry(scan(text), [], rulesFor('pt'), [span(text, 'Taquaral', 'PER', 0.33)]);
    expect(party(reg, 'Taquaral')?.kind).toBe('place');
  });
});

describe('a think tank a role names before it', () => {
  const text = 'Sie ist Geschäftsführerin der Denkfabrik Neue Mitte, emeritierte Professorin für Politik an der Universität Halbach.';
  const reg = buildRegistry(scan(text), [], rulesFor('de'), [span(text, 'Neue Mitte', 'LOC', 0.3)]);
  it('is an organisation', () => {
    expect(party(reg, 'Neue Mitte')?.evidence.org).toBeGreaterThan(party(reg, 'Neue Mitte')!.evidence.person);
  });
  it('takes no description from the role after it (its director\'s)', () => {
    expect(party(reg, 'Neue Mitte')?.description ?? null).toBeNull();
  });
});

describe('a Korean name before a word of address', () => {
  it('is a person ("이하늘 형님")', () => {
    const text = '그는 "김하늘 형님 보고 용기를 얻습니다"라고 적었다. 사진 공개는 논란이 됐다.';
    const a = analyzeArticle({ text, lang: 'ko' });
    const p = a.parties.find((x) => x.name === '김하늘');
    expect(p?.type).toBe('person');
    expect(p?.description ?? null).toBeNull();
  });
});
