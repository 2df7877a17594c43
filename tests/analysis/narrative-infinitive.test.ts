// "Et d'ajouter que « … »": a French sentence of narration in the infinitive has no subject of its own; its quotations
// are the words of the person the story was quoting. Invented text.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

describe('a narrative infinitive of saying', () => {
  it('gives both quotations of its sentence to the speaker before', () => {
    const t = "La sénatrice Claire Dumoulin a raconté son enfance à la tribune. « Mon grand-père était un homme dur mais juste », a-t-elle raconté. Et d'ajouter qu'après sa mort, « nous avons vidé toute sa maison » et « nous avons trouvé trois fusils chargés ».";
    const qs = analyse(t, 'fr').quotes;
    expect(qs.find((q) => q.text.includes('vidé toute'))?.speaker).toBe('Claire Dumoulin');
    expect(qs.find((q) => q.text.includes('trois fusils'))?.speaker).toBe('Claire Dumoulin');
  });
});
