// classifyBlock: the pipeline's decisions on any Document (the live page), without changing it; the batch site
// memory; the fallback that never keeps less than Readability alone.
import { describe, it, expect } from 'vitest';
import { pageContext, classifyBlock, cleanArticle } from '../../lib/clean/index';
import { batchSiteMemory, pageFingerprints } from '../../lib/clean/batch';
import { extractArticle } from '../../lib/extract';
import { decodeBytes } from '../../lib/decode';
import { parse, runHtml } from './helpers';
import { newsPage, prosa } from './pages';

const vipps = `<p>Fjellvik Avis er gratis for alle lesere. Vil du støtte lokaljournalistikken? Vipps et valgfritt beløp til 552211, eller sett inn på konto 1503.44.98765.</p>`;

describe('classifyBlock on a live page', () => {
  it('decides on each block like the pipeline, with reason, score and evidence, and leaves the page as it was', () => {
    const html = newsPage(prosa('nb', 3) + vipps + prosa('nb', 3, 4) + vipps + `<p>Facebook | X | E-post | Telegram</p>`);
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const ctx = pageContext(doc, { root: doc.querySelector('article')!, siteName: 'Fjellvik Avis', url: 'https://www.fjellvikavis.example/nyheter/a' });
    const ps = Array.from(doc.querySelectorAll('article p'));
    const story = classifyBlock(ps[0]!, ctx);
    expect(story.decision).toBe('keep');
    const appeal = classifyBlock(ps.find((p) => p.textContent!.includes('Vipps'))!, ctx);
    expect(appeal.decision).toBe('remove');
    expect(appeal.evidence.length).toBeGreaterThan(0);
    expect(appeal.score).toBeGreaterThanOrEqual(0);
    const share = classifyBlock(ps[ps.length - 1]!, ctx);
    expect([share.decision, share.reason]).toEqual(['remove', 'share']);
    expect(doc.documentElement.outerHTML).toBe(before);
    // The same decisions as the pipeline's removals on the extracted copy.
    const r = runHtml(html);
    expect(r.removed.map((x) => x.fingerprint)).toEqual(expect.arrayContaining([appeal.fingerprint, share.fingerprint]));
  });

  it('calls a byline "meta": keep it visible, leave it out of the text', () => {
    const doc = parse(newsPage(`<p class="byline">Av Kari Nordmann</p>` + prosa('nb', 4)));
    const ctx = pageContext(doc, { root: doc.querySelector('article')! });
    expect(classifyBlock(doc.querySelector('.byline')!, ctx).decision).toBe('meta');
  });
});

describe('site memory across a batch', () => {
  const page = (url: string, extra: string) => parse(newsPage(prosa('nb', 3) + extra, { url }));
  it('knows the blocks a page shares with other articles of its site, and nothing from copies of one address', () => {
    const box = `<p>Få nyhetsbrevet vårt hver morgen, gratis.</p>`;
    const a = pageFingerprints(page('https://www.fjellvikavis.example/a', box));
    const b = pageFingerprints(page('https://www.fjellvikavis.example/b', box));
    const c = pageFingerprints(page('https://www.annenavis.example/c', box));
    const [ma, mb, mc] = batchSiteMemory([a, b, c]);
    expect(ma!.size).toBeGreaterThan(0);
    expect([...ma!].sort()).toEqual([...mb!].sort());
    expect(mc!.size).toBe(0);
    const [same1] = batchSiteMemory([a, { ...a }]);
    expect(same1!.size).toBe(0);
  });
});

describe('never keeps less than Readability alone', () => {
  it('extracts a page whose <head> holds a <template> with paragraphs (Readability alone fails on it in linkedom)', () => {
    const html = `<!DOCTYPE html><html><head><title>Liman planı</title><template><div><p>${'Abone olun. '.repeat(40)}</p><p>${'Giriş yapın. '.repeat(40)}</p><p>${'Ödeme. '.repeat(60)}</p></div></template></head><body><article><h1>Liman planı</h1>${prosa('tr', 5)}</article></body></html>`;
    const x = extractArticle(parse(html), { inPlace: true });
    expect(x?.body.textContent).toContain('Paragraf 5:');
  });

  it('reads a saved page as UTF-8 when its bytes are UTF-8 though it declares an old charset', () => {
    const html = `<html><head><meta charset="windows-1254"><title>Haber</title></head><body><p>Belediye meclisi çarşamba günü İskele planını görüştü.</p></body></html>`;
    const d = decodeBytes(new TextEncoder().encode(html));
    expect(d.text).toContain('çarşamba günü İskele');
    const legacy = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1254"><p>'), 0xe7, 0x61, 0x72, 0xfe, 0x61, 0x6d, 0x62, 0x61]);
    expect(decodeBytes(legacy).text).toContain('çarşamba');
  });

  it('falls back to the strong removals when the decisions would leave too little of the text', () => {
    const doc = parse(`<html><body><div id="b">${Array.from({ length: 6 }, (_, i) => `<p class="paywall">Paragraph ${i}: the council met and heard residents about the harbour wall, the costs and the risks of the works, in detail, for a long evening of debate.</p>`).join('')}</div></body></html>`);
    const c = cleanArticle(doc.getElementById('b')!);
    expect(c.text.split('\n\n').length).toBe(6);
  });
});
