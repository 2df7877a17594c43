import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../lib/title';
import { textDirection } from '../../lib/direction';

describe('splitTitle: the headline without the site name', () => {
  it.each([
    ['Senate passes the spending bill | TheHill', null, 'https://thehill.com/homenews/senate/1', 'Senate passes the spending bill', 'TheHill'],
    ['Senate passes the spending bill | The Hill', 'The Hill', 'https://thehill.com/x', 'Senate passes the spending bill', 'The Hill'],
    ['BBC News - Ferry talks collapse again', null, 'https://www.bbc.co.uk/news/1', 'Ferry talks collapse again', 'BBC News'],
    ['Ferry talks collapse – Northgate Courier', 'Northgate Courier', 'https://example.org/a', 'Ferry talks collapse', 'Northgate Courier'],
    ['Talks collapse: union blames port - Le Monde', 'Le Monde', 'https://www.lemonde.fr/a', 'Talks collapse: union blames port', 'Le Monde'],
    // A site that declares its name squeezed and lower case (its host's label) is named as its title writes it.
    ['Ferry talks collapse | Northgate Courier', 'northgatecourier', 'https://northgatecourier.com/a', 'Ferry talks collapse', 'Northgate Courier'],
    ['Ferry talks collapse - Mirror Online', 'mirror', 'https://www.mirror.co.uk/a', 'Ferry talks collapse', 'Mirror Online'],
    // A name declared as an address is its host.
    ['Telescope spots water vapour on a distant moon', 'https://www.harbournews.example', 'https://www.harbournews.example/a', 'Telescope spots water vapour on a distant moon', 'harbournews.example'],
    // A brand written in lower case on purpose stays as declared.
    ['Fährgespräche gescheitert | taz.de', 'taz', 'https://taz.de/a', 'Fährgespräche gescheitert', 'taz'],
    // A name of a few words that ends with the address's label.
    ['„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', null, 'https://www.tageszeitung.it/2025/04/01/x', '„Unermüdlicher Einsatz“', 'Die Neue Südtiroler Tageszeitung'],
  ])('%s', (title, site, url, want, wantSite) => {
    expect(splitTitle(title, site, url)).toEqual({ title: want, site: wantSite });
  });

  it.each([
    ['Biden: We will not back down', null, 'https://news.example/a'],
    ['Review – The Hill We Climb', null, 'https://books.example/a'],
    ['Ukraine war | Live', 'Daily Example', 'https://daily.example/a'],
    ['TheHill', null, 'https://thehill.com/'],
    ['Storm closes the harbour - why the port of Kelby needs a new tageszeitung', null, 'https://www.tageszeitung.it/a'],
  ])('keeps a headline that does not name the site: %s', (title, site, url) => {
    expect(splitTitle(title, site, url).title).toBe(title);
  });
});

describe('textDirection', () => {
  it('follows the declared dir, then the language, then the letters', () => {
    expect(textDirection({ dir: 'rtl', lang: 'en' })).toBe('rtl');
    expect(textDirection({ lang: 'ar' })).toBe('rtl');
    expect(textDirection({ lang: 'he-IL' })).toBe('rtl');
    expect(textDirection({ lang: 'fa', dir: 'ltr' })).toBe('rtl');
    expect(textDirection({ lang: 'ku' , text: 'Kurdî bi tîpên latînî tê nivîsandin' })).toBe('ltr');
    expect(textDirection({ lang: 'ku-Arab' })).toBe('rtl');
    expect(textDirection({ lang: null, text: 'قالت النقابة إن المحادثات انهارت' })).toBe('rtl');
    expect(textDirection({ lang: null, text: 'The union said talks collapsed' })).toBe('ltr');
    // A template's lang="en" over Arabic text: the letters are the better evidence.
    expect(textDirection({ lang: 'en', text: 'قالت النقابة' })).toBe('rtl');
    expect(textDirection({ lang: 'en', dir: 'ltr', text: 'قالت النقابة' })).toBe('ltr');
    expect(textDirection({})).toBe('ltr');
  });
});

describe('the site name the reader sees', () => {
  it('is the name as the page title writes it, even where Readability already cut the title', async () => {
    const { runHtml } = await import('./helpers');
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the ferry union and the port met for a third day and broke off the talks without a date for the next round, both sides said.</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry talks collapse after a third day | Northgate Courier</title>` +
      `<meta property="og:site_name" content="northgatecourier"><meta property="og:type" content="article"></head><body><article><h1>Ferry talks collapse after a third day</h1>${body}</article></body></html>`;
    const a = runHtml(html, { url: 'https://northgatecourier.com/news/ferry' }).article!;
    expect(a.siteName).toBe('Northgate Courier');
    expect(a.title).toBe('Ferry talks collapse after a third day');
  });

  it("is the title's when the declared one is in another script, and a byline that is the site follows it", async () => {
    const { runHtml } = await import('./helpers');
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: the ferry union and the port met for a third day and broke off the talks without a date for the next round, both sides said.</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Ferry talks collapse after a third day - Northgate Times</title>` +
      `<meta property="og:site_name" content="北門時報"><meta name="author" content="北門時報"><meta property="og:type" content="article"></head><body><article><h1>Ferry talks collapse after a third day</h1>${body}</article></body></html>`;
    const a = runHtml(html, { url: 'https://www.northgatetimes.com/news/ferry' }).article!;
    expect(a.siteName).toBe('Northgate Times');
    expect(a.byline).toBe('Northgate Times');
  });
});

describe('the site taken off the headline, however the title writes it', () => {
  it('with a stamp after it, as an address spells it, or as a name of several parts', () => {
    expect(splitTitle('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023', 'DW.COM', 'https://www.dw.com/de/a-65464327')).toEqual({ title: 'Ukrainische Gegenoffensive: Ziele, Chancen, Risiken', site: 'DW.COM' });
    expect(splitTitle('Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung', null, 'https://www.boersen-zeitung.de/kapitalmaerkte/x').title).toBe('Steigende US-Zinsen setzen Dax zu');
    expect(splitTitle('Bennett: „Ich bin nicht punching Ball“ - Israel Nachrichten - Chadashoth Israel', 'Israel Nachrichten - Chadashoth Israel', 'https://www.israel-nachrichten.org/archive/63076').title).toBe('Bennett: „Ich bin nicht punching Ball“');
  });

  it('leaves a headline whose own parts only look so', () => {
    expect(splitTitle('Bürgermeister: 2024 - 2025 bleibt alles gleich', 'Harbour News', 'https://harbour.example/a').title).toBe('Bürgermeister: 2024 - 2025 bleibt alles gleich');
    expect(splitTitle('Harbour wall - 12:30', 'Harbour News', 'https://harbour.example/a').title).toBe('Harbour wall - 12:30');
  });
});
