// The rules as data, one by one: every language's phrase lists, the class hints, the link paths, the payment
// services. Each list compiles; a furniture line it lists is found and a line of news that shares its words is not.
import { describe, it, expect } from 'vitest';
import { phraseHit, weakAppealWords, periodWords, counterWithUnit } from '../../lib/clean/phrases';
import { hintOfWord, linkKind } from '../../lib/clean/signals';
import { paymentServiceOfUrl } from '../../lib/clean/payment';
import en from '../../lib/rules/boilerplate/en.json';
import de from '../../lib/rules/boilerplate/de.json';
import fr from '../../lib/rules/boilerplate/fr.json';
import it_ from '../../lib/rules/boilerplate/it.json';
import es from '../../lib/rules/boilerplate/es.json';
import HINTS from '../../lib/rules/class-hints.json';
import SERVICES from '../../lib/rules/payment-services.json';
import THRESHOLDS from '../../lib/rules/clean-thresholds.json';

const LANGS = { en, de, fr, it: it_, es };
/** A phrase made concrete: '*' becomes two words, '#' a number. */
const concrete = (p: string) => p.replace(/\*/g, 'harbour gazette').replace(/#/g, '12');

describe('phrase lists per language', () => {
  for (const [lang, data] of Object.entries(LANGS)) {
    it(`${lang}: every whole-line phrase is found as a line, with its reason`, () => {
      for (const [reason, list] of Object.entries(data.line ?? {})) for (const p of list as string[]) {
        expect(phraseHit(concrete(p))?.reason, `${lang} line "${p}"`).toBeDefined();
        expect(phraseHit(concrete(p) + ':'), `${lang} line "${p}:"`).not.toBeNull();
        void reason;
      }
    });
    it(`${lang}: a lead phrase is found before a colon, and not in the middle of a sentence`, () => {
      for (const list of Object.values(data.lead ?? {})) for (const p of list as string[]) {
        expect(phraseHit(`${concrete(p)}: the ferry timetable for the winter`), `${lang} lead "${p}"`).not.toBeNull();
      }
    });
    it(`${lang}: a contained phrase is found inside a short block`, () => {
      for (const [reason, list] of Object.entries(data.contains ?? {})) for (const p of list as string[]) {
        expect(phraseHit(`so. ${concrete(p)} today.`)?.reason, `${lang} contains "${p}"`).toBe(reason);
      }
    });
  }
  it('leaves news alone that shares the words of the lists', () => {
    for (const news of [
      'the consultation closed after comments from 400 residents.',
      'shareholders will vote on the offer next week.',
      'related posts in the ministry were cut, the minister said on tuesday.',
      'die stadt hat spenden für den radweg erhalten und will im frühjahr bauen.',
      'la mairie a reçu un don de 2 000 euros pour la cantine.',
    ]) {
      const hit = phraseHit(news);
      expect(hit === null || hit.reason === 'donation' ? null : hit, news).toBeNull();
    }
  });
  it('tells donation vocabulary, periods and counters with units', () => {
    expect(weakAppealWords('thank you for the donation')).toBe(true);
    expect(periodWords('from £3 a month')).toBe(true);
    expect(periodWords('a month later the ferry sank')).toBe(true); // a weak signal: it speaks only beside an amount
    expect(counterWithUnit('1.2k views')).toBe(true);
    expect(counterWithUnit('340 aufrufe')).toBe(true);
    expect(counterWithUnit('340 households were evacuated')).toBe(false);
  });
});

describe('class hints', () => {
  it('every listed word gives its reason', () => {
    for (const [reason, words] of Object.entries(HINTS.hints)) for (const w of words) expect(hintOfWord(w.replace('*', 'box')), w).toBe(reason);
  });
  it('a word that only starts like a hint gives none', () => {
    for (const w of ['shared', 'shareholder', 'adjacent', 'navy', 'metadata', 'bioscience']) expect(hintOfWord(w), w).toBeNull();
  });
});

describe('link paths', () => {
  const host = 'www.fjellvikavis.example';
  it('tell where a link leads by its whole path segments', () => {
    expect(linkKind('https://www.facebook.com/sharer/sharer.php?u=x', host)).toBe('share');
    expect(linkKind('https://wa.me/?text=x', host)).toBe('share');
    expect(linkKind('https://www.paypal.com/donate?x=1', host)).toBe('pay');
    expect(linkKind('https://www.fjellvikavis.example/stott-oss', host)).toBe('donation');
    expect(linkKind('https://www.fjellvikavis.example/abo/', host)).toBe('newsletter');
    expect(linkKind('https://www.fjellvikavis.example/nyheter/2026/01/04/fergen-innstilt', host)).toBe('article');
    expect(linkKind('https://www.facebook.com/fjellvikavis', host)).toBe('social');
    expect(linkKind('#kapittel-2', host)).toBe('anchor');
  });
  it('do not read a word inside an article’s slug as a destination', () => {
    expect(linkKind('https://www.fjellvikavis.example/nyheter/seven-tips-to-support-the-ferry', host)).toBe('article');
  });
});

describe('payment services and thresholds', () => {
  it('every service with a domain is found by its links', () => {
    for (const s of SERVICES.services) for (const d of s.domains) expect(paymentServiceOfUrl(`https://${d}/someone`), d).toBe(s.name);
  });
  it('thresholds are named numbers between 0 and the sizes they bound', () => {
    for (const [k, v] of Object.entries(THRESHOLDS)) if (k !== 'about') expect(typeof v, k).toBe('number');
    expect(THRESHOLDS.removeProse).toBeGreaterThan(THRESHOLDS.remove);
  });
});
