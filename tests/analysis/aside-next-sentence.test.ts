// A quotation that ends its own sentence is not attributed by an aside inside the next sentence that goes on in words
// of its own ("Im Idealfall, so Expertin X, könne man …": X is the source of that sentence); the sentence before it
// names the source by a document noun ("Eine Aussage von EPI lässt vermuten, dass …: „…“").
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const text = [
  'Die Zahlungsinitiative NPI (Neue Payment-Initiative) will im Herbst starten. Die Banken hinter NPI sind groß.',
  'Eine Aussage von NPI lässt vermuten, dass die Initiative genau daran arbeitet: „Das Produkt wird eine digitale Wallet-Lösung umfassen.“ Im Idealfall, so Beraterin Hanna Vogt, könne man dann über einen Button NPI auswählen.',
].join('\n\n');

describe('an aside in the sentence after a quotation', () => {
  it('leaves the quotation to the source its own sentence names', () => {
    const q = analyse(text, 'de').quotes.find((x) => x.text.startsWith('Das Produkt'));
    expect(q?.speakerMention).toBe('Eine Aussage von NPI');
    expect(q?.speaker).toBe('Neue Payment-Initiative');
  });
  it('still attributes a quotation the aside closes', () => {
    const t = 'Die Lage ist ernst. „Das Produkt wird eine digitale Wallet-Lösung umfassen.“ Das sei der Plan, so Beraterin Hanna Vogt.';
    expect(analyse(t, 'de').quotes[0]?.speaker).toBe('Hanna Vogt');
  });
});
