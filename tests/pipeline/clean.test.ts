import { describe, it, expect } from 'vitest';
import { runHtml, runText, page, prose, sample } from './helpers';

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
    expect(reasons.has('duplicate')).toBe(true);
    expect(reasons.has('donation')).toBe(true);
    for (const x of r.removed) {
      expect(x.fingerprint).toMatch(/^[0-9a-f]{13}$/);
      expect(x.html).toContain(x.tag === 'h3' ? '<h3' : '<');
    }
  });

  it('matches near-duplicate copies that differ in spacing and a missing thank-you line', () => {
    const copy2 = `<p>The Gazette is independent and   reader-funded.  Every contribution, however big or small, powers our journalism. Support us from as little as £3 a month.</p><p>IBAN: GB33 BUKB 2020 1555 5555 55</p>`;
    const r = runHtml(page(prose(3) + appeal + prose(3, 'budget') + copy2));
    expect(r.article!.text).not.toMatch(/reader-funded/);
    expect(r.article!.text).not.toContain('GB33');
  });

  it('keeps an article about a bank: IBAN and donation vocabulary in sentences are news', () => {
    const body = prose(2) + `<p>The building society said a software fault had sent payments to the wrong IBAN for nine days, including donations to a hospice, and that customers who had checked the sort code and account number were not at fault.</p>
<h2>How to donate</h2><p>Cash donations can be made through the food bank’s website or at any of its centres, the charity said, and it would make a donation of its own to match them.</p>` + prose(2, 'refunds');
    const r = runHtml(page(body));
    expect(r.article!.text).toContain('sent payments to the wrong IBAN');
    expect(r.article!.text).toContain('How to donate');
    expect(r.article!.text).toContain('Cash donations can be made');
    expect(r.removed).toEqual([]);
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

  it('removes furniture lines: counter, share label, comments notice, newsletter prompt', () => {
    const body = `<p>412</p>` + prose(4) + `<p>Share this:</p><p>Comments are closed.</p><p>Sign up for our free newsletter.</p>`;
    const r = runHtml(page(body));
    const lines = r.article!.text.split('\n');
    expect(lines).not.toContain('412');
    expect(r.article!.text).not.toMatch(/Share this|Comments are closed|newsletter/);
    expect(r.removed.map((x) => x.reason).sort()).toEqual(['comments', 'counter', 'newsletter', 'share']);
  });

  it('removes appeals in German and French, and their payment lines', () => {
    const de = `<p>Unterstützen Sie unabhängigen Lokaljournalismus! Mit einer Spende sorgen Sie dafür, dass wir weiter berichten können.</p><p>IBAN: DE44 7205 0000 0012 3456 78</p><p>Jetzt spenden</p>`;
    const fr = `<p>Le Petit Écho a besoin de vous ! Faire un don sur HelloAsso, c’est nous aider à rester libres.</p>`;
    const r = runHtml(page(prose(4) + de + fr));
    expect(r.article!.text).not.toMatch(/Spende|DE44|Jetzt spenden|besoin de vous/);
    expect(r.article!.text).toContain('Paragraph 4');
  });

  it('never loses a paragraph of the bundled sample, and removes both appeals', () => {
    const r = runHtml(sample('harbour-ferry-strike.html'));
    const text = r.article!.text;
    for (const p of ['KELBY – Crews on the island ferry voted', 'The talks, hosted by the county council', 'Marlow said the union would call off the strike', 'The county council said it would publish']) expect(text).toContain(p);
    expect(text).not.toContain('Support the Kelby Chronicle');
    expect(text).not.toContain('Sort code 20-44-91');
    expect(text).not.toContain('Donate Here');
  });

  it('learns nothing but applies site memory: a known fingerprint is removed as site-memory', async () => {
    const { fingerprint } = await import('../../lib/fingerprint');
    const once = `<p>Our reporters depend on you: tell a friend about the Gazette today.</p>`;
    const r = runHtml(page(prose(4) + once), { knownFingerprints: new Set([fingerprint('Our reporters depend on you: tell a friend about the Gazette today.')]) });
    expect(r.removed.map((x) => x.reason)).toEqual(['site-memory']);
    expect(r.article!.text).not.toContain('tell a friend');
  });

  it('keeps words of a data table ("Comment" heads a column) and stops a related list at the first line of prose', () => {
    const table = `<table><tr><td><p><b>Setting</b></p></td><td><p><b>Comment</b></p></td></tr><tr><td>sync</td><td>Runs every hour on the hour.</td></tr></table>`;
    const related = `<h3>More games news:</h3><ul><li><a href="/a">Review: a racing game at your own speed</a></li><li><a href="/b">A console shows promise and potential</a></li></ul><p>Ben Silverman is on Twitter at ben_silverman.</p>`;
    const r = runHtml(page(prose(4) + table + prose(2, 'budget') + related));
    expect(r.article!.text).toContain('Comment');
    expect(r.article!.text).toContain('Ben Silverman is on Twitter');
    expect(r.article!.text).not.toContain('A console shows promise');
  });

  it('keeps what the user switched off', () => {
    const r = runHtml(page(prose(4) + `<p>Comments are closed.</p>`), { keep: new Set(['comments'] as const) });
    expect(r.article!.text).toContain('Comments are closed.');
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
    const reasons = new Set(r.removed.map((x) => x.reason));
    for (const want of ['counter', 'duplicate', 'donation', 'comments']) expect(reasons.has(want as never)).toBe(true);
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
