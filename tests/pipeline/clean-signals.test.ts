// Each signal of lib/clean/ on its own: payment identifiers with their checksums, amounts with a currency and a
// period, line shapes, the site's own name, repetition.
import { describe, it, expect } from 'vitest';
import { validIban, validMod11, paymentEvidence, PAYMENT_LINE_MAX } from '../../lib/clean/payment';
import SERVICES from '../../lib/rules/payment-services.json';
import { isWordChar } from '../../lib/chars';
import { lineShape, blockSignals } from '../../lib/clean/signals';
import { siteInfo } from '../../lib/clean/context';
import { copyGroups } from '../../lib/clean/repetition';
import { words, fingerprint } from '../../lib/fingerprint';
import { reasonOf } from '../../lib/clean/decide';
import { parse } from './helpers';

describe('payment numbers in any language', () => {
  it('checks an IBAN at its country\'s length, whatever words follow it', () => {
    expect(paymentEvidence('Bağış için TR33 0006 1005 1978 6457 8413 26 numaralı hesap').identifier).toBe('iban');
    expect(paymentEvidence('Konto: NO93 8601 1117 947 takk').identifier).toBe('iban');
    expect(paymentEvidence('Konto: TR33 0006 1005 1978 6457 8413 27 numaralı').identifier).toBeNull();
  });
  it('sees a long number given to the reader, not a date, a quantity or an amount', () => {
    expect(paymentEvidence('Swisha valfritt belopp till 123 456 78 90.').number).toBe(true);
    expect(paymentEvidence('transfer ke rekening BCA 1234567890 a.n. Yayasan').number).toBe(true);
    expect(paymentEvidence('Am 12.03.2024 kamen 10.000.000 Besucher.').number).toBe(false);
    expect(paymentEvidence('Spenden Sie 1 000 000 € für das Projekt').number).toBe(false);
    expect(paymentEvidence('The vote was 52 to 48.').number).toBe(false);
  });
  it('names payment services of many countries by data, not words that mean something else', () => {
    expect(paymentEvidence('Donasi via QRIS atau GoPay 0812 3456 7890').service).toBe('QRIS');
    expect(paymentEvidence('An ideal spot for 12 345 visitors').service).toBeNull();
  });
  it('asks more of an appeal than a service’s bare name (a tag, a logo’s label)', () => {
    expect(paymentEvidence('PayPal').service).toBeNull();
    expect(paymentEvidence('#Patreon').service).toBeNull();
    expect(paymentEvidence('Unterstützen Sie uns per PayPal').service).toBe('PayPal');
  });
});

describe('payment identifiers', () => {
  it('checks an IBAN by its checksum', () => {
    expect(validIban('GB33 BUKB 2020 1555 5555 55')).toBe(true);
    expect(validIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(validIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(validIban('AB12 CDEF GHIJ KLMN')).toBe(false);
  });
  it('checks an 11-digit account number by its mod-11 digit', () => {
    expect(validMod11('15034498765')).toBe(true);
    expect(validMod11('15034498764')).toBe(false);
  });
  it('finds an identifier on a short line, and in a payment service’s line with its number', () => {
    expect(paymentEvidence('IBAN: GB33 BUKB 2020 1555 5555 55').identifier).toBe('iban');
    expect(paymentEvidence('Sort code 20-44-91, account number 60718234').identifier).toBe('sort-code');
    expect(paymentEvidence('Konto 1503.44.98765').identifier).toBe('account');
    expect(paymentEvidence('Vipps: #557320').identifier).toBe('service:Vipps');
    expect(paymentEvidence('M-Pesa Paybill: 522800 · Account: TUMAINI').identifier).toBe('service:M-Pesa');
    expect(paymentEvidence('Chave Pix: contato@jornal.example').identifier).toBe('service:Pix');
  });
  it('does not take a story’s numbers or a service’s name alone for payment details', () => {
    expect(paymentEvidence('Vipps is a payment app used by four million Norwegians, the company said.').identifier).toBeNull();
    expect(paymentEvidence('The match ended 2-1 on 12.03.2026 after 90 minutes.').identifier).toBeNull();
    expect(paymentEvidence('Payments went to the wrong IBAN for nine days, the building society said on Tuesday.').identifier).toBeNull();
  });
  it('counts amounts with a currency (codes and symbols from Intl) and tells a period', () => {
    const e = paymentEvidence('Give €5/month, NOK 200 or R$ 10,00 – ₹500 helps too');
    expect(e.amounts).toBe(4);
    expect(e.periodic).toBe(true);
    expect(paymentEvidence('The mayor spent 3 hours there.').amounts).toBe(0);
  });
});

describe('line shapes', () => {
  const shape = (t: string, d = 0) => lineShape(t, t.toLowerCase(), d, new Set());
  it('tells furniture that has no words of any language', () => {
    expect(shape('1.204')).toBe('counter');
    expect(shape('https://paper.example/2026/03/12/story/')).toBe('url');
    expect(shape('Facebook | X | WhatsApp | E-mail')).toBe('networks');
    expect(shape('- Publicidad -')).toBe('label');
    expect(shape('• Reklame •')).toBe('label');
    // a dash then a masked name signs a review: its marks do not mirror a label's
    expect(shape('– Kar**')).not.toBe('label');
    expect(shape('— Anzeige —')).toBe('label');
    expect(shape('© 2026 Fjellvik Avis')).toBe('copyright');
    // the circled sign, which NFKC turns into a letter, and the sign after the notice's first word
    expect(shape('저작권자 ⓒ 피엘빅 아비스, 무단전재 및 재배포금지')).toBe('copyright');
    expect(shape('Ⓒ Fjellvik Avis')).toBe('copyright');
    expect(shape('(Foto: NTB)')).toBe('credit');
    expect(shape('Av Kari Nordmann')).toBe('byline');
    expect(shape('05.01.2026, 10:42')).toBe('date');
    expect(shape('Forside › Nyheter › Lokalt')).toBe('breadcrumb');
  });
  it('leaves sentences and headlines alone', () => {
    expect(shape('158 households were evacuated on Sunday.')).toBeNull();
    expect(shape('The court said the © sign on the poster was forged.')).toBeNull();
    expect(shape('Kommunestyret vedtok ny havneplan')).toBeNull();
    expect(shape('Havnen i Fjellvik, sett fra fjorden')).toBeNull();
  });
  it("reads a live blog's entry heading after its time as a headline, and a dateline with a label as a date", () => {
    expect(shape('11.04 Uhr: Ferge stanser etter storm i fjorden')).toBeNull();
    expect(shape('Oppdatert: 05.01.2026, 10:42')).toBe('date');
    expect(shape('Stand: 18.07.2024, 11:04 Uhr')).toBe('date');
  });
  it("reads a live blog's entry stamp (a time, then its writer's name set close) and a unit's dot as a dateline", () => {
    expect(shape('21:00Kari Nordmann')).toBe('date');
    expect(shape('Oppdatert 07.01.2026 - 18:50 Lesetid: 4 min.')).toBe('date');
    expect(shape('25/04/2026 Actualizado a las 15:10h.')).toBe('date');
    expect(shape('The ferry left at 10:42 on Sunday.')).toBeNull();
    expect(shape('Ferry fares rose to 12.50 in 2026.')).toBeNull();
    expect(shape('Kort forklart: Budsjettet 2024 3:20 min.', 1)).not.toBe('date'); // a video teaser's link
  });
});

describe('block signals', () => {
  it('knows a block that names the site, its links and its box', () => {
    const doc = parse(`<html><body><div id="root"><div class="støtte"><p>Fjellvik Avis trenger deg. <a href="https://www.fjellvikavis.example/stott-oss">Støtt oss</a></p></div></div></body></html>`);
    const root = doc.getElementById('root')!;
    const s = blockSignals(root.querySelector('p')!, siteInfo('Fjellvik Avis', 'https://www.fjellvikavis.example/a'), root);
    expect(s.self).toBe(true);
    expect(s.linkKinds.has('donation')).toBe(true);
    expect(s.linkDensity).toBeGreaterThan(0.2);
  });
});

describe('the reason a removal is given', () => {
  const reason = (html: string) => {
    const doc = parse(`<html><body><div id="root">${html}</div></body></html>`);
    const root = doc.getElementById('root')!;
    return reasonOf(blockSignals(root.querySelector('p')!, siteInfo('Fjellvik Avis', 'https://www.fjellvikavis.example/a'), root)).reason;
  };
  it('is no advert when no evidence names a kind: a note that the story is a translation is not an ad', () => {
    expect(reason(`<p><em>Denne artikkelen er en oversettelse, <a href="https://www.avisen.example/a">originalen</a> sto i dagsavisen Nordlys.</em></p>`)).toBe('other');
  });
  it('is an appeal when the site names itself beside a price by the month', () => {
    expect(reason(`<p>Stay informed with Fjellvik Avis – local journalism you can trust. In-depth reporting for only NOK 85 a month.</p>`)).toBe('donation');
    // A price without the site's name (a story's figure), or the site's name beside a figure without a period, is none.
    expect(reason(`<p><em>The ferry ticket now costs NOK 85 a month, up from NOK 70 last year.</em></p>`)).toBe('other');
    expect(reason(`<p><em>Photos: © 123RF.com and Fjellvik Avis archive, unless stated otherwise.</em></p>`)).not.toBe('donation'); // (a credit line: its shape says copyright)
  });
  it('still names the kind that evidence shows', () => {
    expect(reason(`<p><a href="https://www.fjellvikavis.example/havn">Slik skal den nye havnemuren bygges i Fjellvik</a></p>`)).toBe('related');
  });
});

describe('repetition', () => {
  const item = (t: string) => ({ words: words(t), fp: fingerprint(t) });
  it('groups exact and near copies, and nothing else', () => {
    const a = 'Fjellvik Avis er gratis for alle lesere. Vil du støtte lokaljournalistikken? Vipps et beløp til 552211.';
    const near = 'Fjellvik Avis er gratis for alle lesere.  Vil du støtte lokaljournalistikken? Vipps et beløp til 552211. Tusen takk!';
    const other = 'Kommunestyret i Fjellvik behandlet søndag den nye havneplanen og kostnadene for kaien.';
    const g = copyGroups([item(a), item(other), item(a), item(near)]);
    expect(g.size).toEqual([3, 1, 3, 3]);
    expect(g.exact).toEqual([true, true, true, false]);
  });
  it('stays linear: blocks sharing a common opening are not all compared', () => {
    const many = Array.from({ length: 5000 }, (_, i) => item(`Ergebnis des Spieltags: Mannschaft ${i} gegen Mannschaft ${i + 1}, Tore ${i % 7} zu ${i % 5}.`));
    const t0 = performance.now();
    const g = copyGroups(many);
    expect(g.size.every((n) => n === 1)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5000); // a loose bound: quadratic would compare 12.5 million pairs
  });
});

describe('payment services named in a line', () => {
  // The rule stated plainly: every name found as whole words, the one that starts first wins, the longest at a tie.
  const byName = new Map(SERVICES.services.flatMap((s) => s.names.map((n) => [n.toLowerCase(), s.name] as const)));
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  function expected(line: string): string | null {
    const lower = line.toLowerCase();
    if (byName.has(lower.replace(/^\P{L}+|\P{L}+$/gu, ''))) return null; // a name alone is no appeal
    let best = -1, name = '';
    for (const n of names) {
      for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
        if (isWordChar(lower[i - 1]) || isWordChar(lower[i + n.length])) continue;
        if (best < 0 || i < best) { best = i; name = n; }
        break;
      }
    }
    return best >= 0 ? byName.get(name)! : null;
  }

  it('finds the first service named as whole words, the longest where two start at one place', () => {
    expect(paymentEvidence('Give via PayPal or Patreon').service).toBe('PayPal');
    expect(paymentEvidence('Support us on Patreon, or PayPal').service).toBe('Patreon');
    expect(paymentEvidence('Lipa na M-Pesa: till number 12345').service).toBe(expected('Lipa na M-Pesa: till number 12345'));
    expect(paymentEvidence('paypalish and xpatreon are not names').service).toBeNull();
  });

  it('agrees with the plain rule on lines made of names, words and marks (fixed seed)', () => {
    let seed = 0x5eed;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const bits = ['the', 'x', '-', '.', ' ', ',', 'é', '2', '(', 'money', 'pay', ...names.slice(0, 40), ...names.slice(-30)];
    for (let k = 0; k < 400; k++) {
      let line = '';
      for (let j = rand(12) + 1; j > 0; j--) line += bits[rand(bits.length)]! + (rand(3) ? ' ' : '');
      if (line.length > PAYMENT_LINE_MAX) line = line.slice(0, PAYMENT_LINE_MAX);
      expect(paymentEvidence(line).service, line).toBe(expected(line));
    }
  });
});
