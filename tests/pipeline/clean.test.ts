import { describe, it, expect } from 'vitest';
import { runHtml, runText, page, prose, sample } from './helpers';
import { newsPage, prosa } from './pages';

const appeal = `<div class="box-x"><h3>Support the Harbour Gazette</h3>
<p>The Gazette is independent and reader-funded. Every contribution, however big or small, powers our journalism. Support us from as little as £3 a month.</p>
<p>IBAN: GB33 BUKB 2020 1555 5555 55<br>PayPal: give@harbourgazette.example</p>
<p><a href="/donate">Donate Here</a></p></div>`;

describe('clean: appeals and duplicates', () => {
  it('removes a donation appeal that appears twice, every copy, and says why', () => {
    const r = runHtml(page(prose(3) + appeal + prose(3, 'budget') + appeal));
    const text = r.article!.text;
    expect(text).not.toContain('Support the Harbour Gazette');
    expect(text).not.toContain('GB33');
    expect(text).not.toContain('Donate Here');
    expect(text).toContain('Paragraph 3 about the harbour wall');
    expect(text).toContain('Paragraph 1 about the budget');
    const reasons = new Set(r.removed.map((x) => x.reason));
    expect(reasons.has('duplicate') || reasons.has('payment')).toBe(true);
    for (const x of r.removed) {
      expect(x.fingerprint).toMatch(/^[0-9a-f]{13}$/);
      expect(x.html.startsWith('<')).toBe(true);
      expect(x.evidence?.length).toBeGreaterThan(0);
    }
  });

  it('matches near-duplicate copies that differ in spacing and a missing line', () => {
    const copy2 = `<p>The Gazette is independent and   reader-funded.  Every contribution, however big or small, powers our journalism. Support us from as little as £3 a month.</p><p>IBAN: GB33 BUKB 2020 1555 5555 55</p>`;
    const r = runHtml(page(prose(3) + appeal + prose(3, 'budget') + copy2));
    expect(r.article!.text).not.toMatch(/reader-funded/);
    expect(r.article!.text).not.toContain('GB33');
  });

  it('removes a Norwegian appeal printed three times with an account number, by its repetition and its identifiers', () => {
    const vipps = `<p>Fjellvik Avis er gratis for alle lesere. Vil du støtte lokaljournalistikken? Vipps et valgfritt beløp til 552211, eller sett inn på konto 1503.44.98765. Tusen takk!</p>`;
    const r = runHtml(newsPage(prosa('nb', 2) + vipps + prosa('nb', 2, 3) + vipps + prosa('nb', 2, 5) + vipps));
    expect(r.article!.text).not.toContain('552211');
    expect(r.removed.filter((x) => x.text.includes('1503.44.98765'))).toHaveLength(3);
    for (let i = 1; i <= 6; i++) expect(r.article!.text).toContain(`Avsnitt ${i}:`);
  });

  it('removes a Pix appeal box and a "Leia também" link in Portuguese, keeping every paragraph', () => {
    const pix = `<div class="caixa"><h3>Apoie o Jornal da Serra</h3><p>O Jornal da Serra é independente e vive do apoio dos leitores. Contribua com qualquer valor.</p><p>Chave Pix: contato@jornaldaserra.example</p><p><a href="https://www.jornaldaserra.example/apoie">Quero apoiar</a></p></div>`;
    const leia = `<p>Leia também: <a href="https://www.jornaldaserra.example/noticias/2026/01/04/chuva-fecha-estrada">Chuva forte fecha estrada da serra por dois dias</a></p>`;
    const r = runHtml(newsPage(prosa('pt', 3) + leia + prosa('pt', 2, 4) + pix, { lang: 'pt-BR', site: 'Jornal da Serra', url: 'https://www.jornaldaserra.example/noticias/2026/01/05/plano-drenagem' }));
    const text = r.article!.text;
    expect(text).not.toMatch(/Chave Pix|Leia também|Quero apoiar|vive do apoio/);
    for (let i = 1; i <= 5; i++) expect(text).toContain(`Parágrafo ${i}:`);
  });

  it('removes "- Publicidad -" labels between the paragraphs of a Spanish story', () => {
    const publi = `<div class="pub"><p>- Publicidad -</p></div>`;
    const r = runHtml(newsPage(prosa('es', 2) + publi + prosa('es', 2, 3) + publi + prosa('es', 2, 5), { lang: 'es', site: 'Diario de Villaserena', url: 'https://www.diariovillaserena.example/noticias/2026/01/05/plan-puerto' }));
    expect(r.article!.text).not.toContain('Publicidad');
    expect(r.article!.text.split('\n\n')).toHaveLength(6);
  });

  it('removes a repeated UPI appeal and an Open Collective / Liberapay line', () => {
    const upi = `<p>Support independent journalism from Kerala. Pay via UPI: newsdesk@okaxis or scan the QR code. Every rupee counts!</p>`;
    const oc = `<p>We are funded by our readers through <a href="https://opencollective.com/harbourwatch">Open Collective</a> and <a href="https://liberapay.com/harbourwatch/donate">Liberapay</a>.</p>`;
    const r = runHtml(newsPage(prosa('en', 3) + upi + prosa('en', 2, 4) + oc + upi, { lang: 'en-IN', site: 'Harbour Watch', url: 'https://harbourwatch.example/2026/01/05/wall' }));
    expect(r.article!.text).not.toMatch(/UPI|Open Collective/);
    for (let i = 1; i <= 5; i++) expect(r.article!.text).toContain(`Paragraph ${i} about`);
  });

  it('keeps an article about a bank: IBAN and account vocabulary in sentences are news', () => {
    const body = prose(2) + `<p>The building society said a software fault had sent payments to the wrong IBAN for nine days, including donations to a hospice, and that customers who had checked the sort code and account number were not at fault.</p>
<h2>How to donate</h2><p>Cash donations can be made through the food bank’s website or at any of its centres, the charity said, and it would make a donation of its own to match them.</p>` + prose(2, 'refunds');
    const r = runHtml(page(body));
    expect(r.article!.text).toContain('sent payments to the wrong IBAN');
    expect(r.article!.text).toContain('How to donate');
    expect(r.article!.text).toContain('Cash donations can be made');
    expect(r.removed).toEqual([]);
  });

  it('keeps a Portuguese food bank’s fundraising story, its “Como doar” section included', () => {
    const story = `<p>O banco alimentar de Vila Serena lançou na segunda-feira uma campanha para recolher 40 toneladas de alimentos antes do Natal, depois de a procura ter aumentado um terço desde o verão.</p>
<p>«Nunca tivemos tantas famílias na fila», disse a coordenadora, Marta Lopes, que pediu aos moradores que doem arroz, leite e conservas.</p>
<h2>Como doar</h2><p>Os donativos podem ser entregues no pavilhão municipal até 20 de dezembro, e a campanha aceita também transferências, disse a instituição, que publicará as contas no site.</p>`;
    const r = runHtml(newsPage(prosa('pt', 2) + story + prosa('pt', 2, 3), { lang: 'pt', site: 'Jornal da Serra', url: 'https://www.jornaldaserra.example/noticias/2026/01/05/banco-alimentar' }));
    for (const t of ['lançou na segunda-feira', 'Nunca tivemos tantas famílias', 'Como doar', 'Os donativos podem ser entregues']) expect(r.article!.text).toContain(t);
  });

  it('keeps a quoted letter that asks for support, and a sentence that legitimately repeats', () => {
    const body = `<p>The bakery burnt down on Sunday. The bus did not come.</p>` + prose(3) +
      `<blockquote><p>Dear neighbours,</p><p>Please support our staff while we rebuild. Thank you!</p><p>Tom and Lucy</p></blockquote>` +
      prose(2, 'fire') + `<p>The bus did not come.</p>`;
    const r = runHtml(page(body));
    const text = r.article!.text;
    expect(text).toContain('Please support our staff while we rebuild. Thank you!');
    expect(text).toContain('Tom and Lucy');
    expect(text.split('The bus did not come.').length - 1).toBe(2);
  });

  it('keeps a point of a bulleted list that links to an older story, among points without links', () => {
    const list = `<p>Think about what the crossing means for the islands:</p><ul><li>Patients travel to the mainland hospital every week</li>
<li>Children take the early boat to the secondary school</li><li><a href="/2024/harbour-wall/">The harbour wall repairs of last spring</a> depend on the same boats</li></ul>`;
    const r = runHtml(page(prose(3) + list + prose(3, 'budget')));
    expect(r.article!.text).toContain('depend on the same boats');
    expect(r.removed.filter((x) => x.text.includes('harbour wall repairs'))).toHaveLength(0);
  });

  it('removes furniture lines: a lone counter, a share row, a comments notice', () => {
    const body = `<p>412</p>` + prose(4) + `<p>Facebook | X | WhatsApp | Email</p><p>Comments are closed.</p>`;
    const r = runHtml(page(body));
    const lines = r.article!.text.split('\n\n');
    expect(lines).not.toContain('412');
    expect(r.article!.text).not.toMatch(/WhatsApp|Comments are closed/);
    expect(r.removed.map((x) => x.reason)).toEqual(expect.arrayContaining(['counter', 'share']));
  });

  it('keeps bylines, dates and captions in the article HTML while leaving them out of its text', () => {
    const body = `<p>By Jane Holloway</p><p>Updated 10:01 pm GMT, Tuesday, November 19, 2026</p><figure><img src="https://x.example/a.jpg" alt=""><figcaption>The harbour wall at low tide. Photo: Jane Holloway</figcaption></figure>` + prose(4);
    const r = runHtml(page(body));
    // The line under the headline is the reader's byline, shown once in its header (header-copy.ts); one set further
    // down stays in the HTML.
    expect(r.article!.byline).toBe('Jane Holloway');
    const further = runHtml(page(prose(1) + body));
    expect(further.article!.html).toContain('By Jane Holloway');
    expect(r.article!.html).toContain('November 19, 2026');
    expect(r.article!.html).toContain('The harbour wall at low tide');
    expect(r.article!.text).not.toContain('The harbour wall at low tide');
    expect(r.removed.filter((x) => /Holloway|November 19/.test(x.text))).toEqual([]);
  });

  it("keeps a live blog's entry stamps and a dateline with a reading time in the HTML, out of the text", () => {
    const entry = (t: string, k: number) => `<div class="entry"><p><time>${t}</time><span>Jane Holloway</span></p>${prose(1, `pier ${k}`)}</div>`;
    const body = `<p>Updated 07.01.2026 - 18:50 Reading time: 4 min.</p>${prose(2)}${entry('21:00', 1)}${entry('20:24', 2)}`;
    const r = runHtml(page(body));
    expect(r.article!.html).toContain('21:00');
    expect(r.article!.html).toContain('Reading time: 4 min.');
    expect(r.article!.text).not.toMatch(/21:00|20:24|Reading time/);
    expect(r.article!.text).toContain('Paragraph 1 about the pier 2');
  });

  it("removes a gallery's copy of a caption beside its picture, and keeps the caption and a paragraph that names the same scene", () => {
    const cap = 'Office buildings await future tenants in the harbour zone.';
    const slide = `<div class="slide"><figure><img src="https://x.example/z.jpg" alt=""><figcaption><span>${cap}</span> <span>Jane Holloway</span></figcaption></figure><div class="slide-text"><p>${cap}</p></div></div>`;
    const r = runHtml(page(prose(2) + slide + prose(2, 'zone') + `<p>${cap} The council hopes they fill by spring, its report says, after a year of work.</p>`));
    expect(r.removed.filter((x) => x.rule === 'copy:caption').map((x) => x.text)).toEqual([cap]);
    expect(r.article!.html).toContain('<figcaption>');
    expect(r.article!.text).toContain('The council hopes they fill by spring');
  });

  it('never loses a paragraph of the bundled sample, and removes both appeals', () => {
    const r = runHtml(sample('harbour-ferry-strike.html'));
    const text = r.article!.text;
    for (const p of ['KELBY – Crews on the island ferry voted', 'The talks, hosted by the county council', 'Marlow said the union would call off the strike', 'The county council said it would publish']) expect(text).toContain(p);
    expect(text).not.toContain('Support the Kelby Chronicle');
    expect(text).not.toContain('Sort code 20-44-91');
    expect(text).not.toContain('Donate Here');
  });

  it('applies site memory: a known fingerprint with evidence of its own goes as site-memory or by that evidence', async () => {
    const { fingerprint } = await import('../../lib/fingerprint');
    const once = `<p>Our reporters depend on you: tell a friend about the Harbour Gazette today.</p>`;
    const known = new Set([fingerprint('Our reporters depend on you: tell a friend about the Harbour Gazette today.')]);
    const r = runHtml(page(prose(4) + once, { extraHead: '<meta property="og:site_name" content="Harbour Gazette">' }), { knownFingerprints: known });
    expect(r.article!.text).not.toContain('tell a friend');
  });

  it('site memory: a paragraph the site\'s rules removed on another article goes; one only seen twice stays; so does prose', async () => {
    const { fingerprint } = await import('../../lib/fingerprint');
    const { readFileSync } = await import('node:fs');
    // the second article of the browser tests' site, where the members' note stands once, among the story's paragraphs
    const html = readFileSync(new URL('../e2e/pages/ferry-timetable.html', import.meta.url), 'utf8');
    const note = 'Northgate Courier members get the morning harbour briefing before the first ferry leaves, and the crossword on Saturdays.';
    const fp = new Set([fingerprint(note)]);
    expect(runHtml(html, { knownFingerprints: fp }).article!.text).toContain('members get the morning');
    const r = runHtml(html, { knownFingerprints: fp, removedFingerprints: fp });
    expect(r.article!.text).not.toContain('members get the morning');
    expect(r.removed.find((x) => x.text.includes('members get'))?.reason).toBe('site-memory');
    // a paragraph of the story that another article's rules removed (a series' background paragraph, say) stays
    const story = 'The island clinic said patients with appointments on the mainland should book the first two sailings, and that it would pay for taxis where a return crossing was no longer possible on the same day.';
    const s = new Set([fingerprint(story)]);
    expect(runHtml(html, { knownFingerprints: s, removedFingerprints: s }).article!.text).toContain('pay for taxis');
  });

  it('keeps what the user switched off', () => {
    const r = runHtml(page(prose(4) + `<p>Facebook | X | WhatsApp</p>`), { keep: new Set(['share'] as const) });
    expect(r.article!.text).toContain('WhatsApp');
  });
});

describe('clean: plain text', () => {
  const text = `Ferry crews vote to strike

412

KELBY – Crews on the island ferry voted on Wednesday to strike for three days later this month, after talks collapsed over pay.

“We have been patient for six months,” said Dev Marlow, the union’s regional organiser.

Support the Kelby Chronicle

The Chronicle is independent and reader-funded. Please consider supporting us with a regular amount each month.
Sort code 20-44-91, account number 60718234

Donate Here

Support the Kelby Chronicle

The Chronicle is independent and reader-funded. Please consider supporting us with a regular amount each month.
Sort code 20-44-91, account number 60718234

Comments are closed.`;
  it('reads the first line as the headline and cleans the rest like a page', () => {
    const r = runText(text);
    expect(r.article!.title).toBe('Ferry crews vote to strike');
    expect(r.article!.text).toBe('KELBY – Crews on the island ferry voted on Wednesday to strike for three days later this month, after talks collapsed over pay.\n\n“We have been patient for six months,” said Dev Marlow, the union’s regional organiser.');
  });
});

describe('the pipeline in steps', () => {
  it('gives the same report as the one-go run, pausing between stages', async () => {
    const { runPipelineInSteps, runPipeline } = await import('../../lib/pipeline');
    const { parse } = await import('./helpers');
    let pauses = 0;
    const html = sample('harbour-ferry-strike.html');
    const stepped = await runPipelineInSteps(parse(html), { force: true }, async () => { pauses++; });
    const once = runPipeline(parse(html), { force: true });
    expect(pauses).toBe(2);
    expect(stepped.article!.text).toBe(once.article!.text);
    expect(stepped.removed.map((r) => r.fingerprint)).toEqual(once.removed.map((r) => r.fingerprint));
  });
});

describe('datelines in the body', () => {
  it('keeps a bare date or byline line in the HTML as small print, out of the text', () => {
    const r = runHtml(page(`<p>Politics / January 11, 2024</p>${prose(4)}<p>2025-03-29T11:36:01Z</p>${prose(2, 'ferry')}`));
    const a = r.article!;
    expect(a.text).not.toContain('January 11, 2024');
    expect(a.text).not.toContain('2025-03-29T11:36:01Z');
    expect(a.text).toContain('Paragraph 2 about the ferry');
    expect(a.html).toMatch(/<small>Politics \/ January 11, 2024<\/small>/);
    expect(a.html).toMatch(/<small>2025-03-29T11:36:01Z<\/small>/);
    expect(a.html).not.toMatch(/<small>Paragraph/);
  });
});

describe('gallery controls and bare addresses', () => {
  it('removes a gallery\'s controls and counter, keeps the photo\'s caption, and takes a bare web address for no sentence', () => {
    const html = page(`<p>https://www.harbour-gazette.example/news/2026/01/05/council-approves-new-harbour-wall-after-long-debate.html</p>
      <figure><img src="https://img.example/wall.jpg" width="800" height="500"><figcaption>The new wall at low tide, seen from the pier.</figcaption></figure>
      <p>Close</p><p>Image 1 of 23</p><p>1 / 23</p>${prose(4)}`, { extraHead: '<meta property="og:url" content="https://www.harbour-gazette.example/news/2026/01/05/council-approves-new-harbour-wall-after-long-debate.html">' });
    const r = runHtml(html);
    const a = r.article!;
    for (const gone of ['https://www.harbour-gazette.example', 'Close', 'Image 1 of 23', '1 / 23']) expect(a.html, gone).not.toContain(`>${gone}`);
    expect(a.html).toContain('The new wall at low tide');
    expect(a.text).toContain('Paragraph 4 about the harbour wall');
  });
});
