// A pull quote (a sentence of the story set again in large type beside it) is read once, in its paragraph; a
// subhead quoting the story and a line that only shares some words with it stay.
import { describe, it, expect } from 'vitest';
import { runHtml, page, prose } from './helpers';

const said = 'Nous n’accepterons pas que le gouvernement ferme le port sans nous consulter';
const paragraph = `<p>Devant la mairie, la présidente du syndicat a pris la parole devant plusieurs milliers de dockers venus de tout le littoral. « ${said}. » Elle a ensuite appelé à une nouvelle grève la semaine prochaine si rien ne change.</p>`;

describe('pull quotes', () => {
  it('go, in any language, and the paragraph keeps every word', () => {
    const r = runHtml(page(prose(3) + `<blockquote><p>« ${said} »</p></blockquote>` + paragraph + prose(3, 'sea lock')));
    const text = r.article!.text;
    expect(text.split(said).length - 1).toBe(1); // once, in its paragraph
    expect(text).toContain('Elle a ensuite appelé à une nouvelle grève');
    expect(r.removed.find((x) => x.rule === 'copy:pull-quote')?.text).toContain(said);
    expect(r.removed.find((x) => x.rule === 'copy:pull-quote')?.reason).toBe('duplicate');
  });

  it('a subhead quoting the paragraph below it stays', () => {
    const r = runHtml(page(prose(3) + `<h2>« ${said} »</h2>` + paragraph + prose(3, 'sea lock')));
    expect(r.article!.text.split(said).length - 1).toBe(2);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });

  it('a short paragraph that shares only some of its words with another stays', () => {
    const own = 'Nous n’accepterons pas que le gouvernement ferme les écoles du quartier cet hiver';
    const r = runHtml(page(prose(3) + `<p>${own}.</p>` + paragraph + prose(3, 'sea lock')));
    expect(r.article!.text).toContain(own);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });
});

describe('words quoted again after their paragraph', () => {
  it('stay: the writer returns to them', () => {
    const r = runHtml(page(prose(3) + paragraph + prose(1, 'sea lock') + `<p>« ${said}… »</p>` + prose(3, 'quay')));
    expect(r.article!.text.split(said).length - 1).toBe(2);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });
});

describe('a pull quote in its own box, with its credit', () => {
  const asked = 'What is dangerous about a message that says we see you under a video of the burning depot';
  const tagged = `<p>Under cross-examination the advocate turned to the posts themselves and to the day they were written. “${asked}?” he asked.</p>`;
  const boxed = `<blockquote><div class="icon"></div><p>${asked}?</p><span class="cite">— Advocate Jane Doe</span></blockquote>`;

  it('goes with its credit even many paragraphs ahead, and the paragraph keeps the words and the speech tag', () => {
    const r = runHtml(page(prose(3) + boxed + prose(16, 'sea lock') + tagged + prose(2, 'quay')));
    const text = r.article!.text;
    expect(text.split(asked).length - 1).toBe(1);
    expect(text).toContain('he asked.');
    expect(text).not.toContain('Advocate Jane Doe');
    const credit = r.removed.find((x) => x.text.includes('Advocate Jane Doe'));
    expect(credit?.reason).toBe('duplicate');
  });

  it('a quote box whose words are said nowhere else stays, credit and all', () => {
    const r = runHtml(page(prose(3) + boxed + prose(6, 'sea lock')));
    expect(r.article!.text).toContain(asked);
    expect(r.article!.text).toContain('Advocate Jane Doe');
  });

  it('a plain paragraph repeated far later stays: without a box, distance is no evidence', () => {
    const r = runHtml(page(prose(3) + `<p>${asked}?</p>` + prose(16, 'sea lock') + tagged + prose(2, 'quay')));
    expect(r.article!.text.split(asked).length - 1).toBe(2);
  });
});

describe('a quote box whose words the story says with speech tags between them', () => {
  const spoken = `<p>“The sexy sells,” added Baker, a member of the harbour council’s advisory board. “The upside sells.</p>` +
    `<p>“But folks don’t talk about the downside,” he added.</p>`;
  const box = (credit: string) => `<blockquote><div><p>The sexy sells. The upside sells. But folks don’t talk about the downside.</p>${credit}</div></blockquote>`;

  it('goes with its credit lines, set after the paragraphs, and every word stays in them', () => {
    const r = runHtml(page(prose(2) + spoken + prose(2, 'sea lock') + box('<div><p>Lee Baker</p><p>Founder of Apex Harbour Services</p></div>') + prose(2, 'quay')));
    const text = r.article!.text;
    expect(text).not.toContain('The sexy sells. The upside sells.');
    expect(text).not.toContain('Founder of Apex');
    expect(text).toContain('“But folks don’t talk about the downside,” he added.');
    expect(r.removed.filter((x) => x.rule.startsWith('copy:pull-quote')).map((x) => x.text)).toHaveLength(3);
  });

  it('stays when one of its sentences is not in the story, or when it is no quote box', () => {
    const other = `<blockquote><p>The sexy sells. The upside sells. Nobody ever reads the small print on the back.</p></blockquote>`;
    expect(runHtml(page(prose(2) + spoken + prose(2, 'sea lock') + other)).article!.text).toContain('Nobody ever reads the small print');
    const plain = `<p>The sexy sells. The upside sells. But folks don’t talk about the downside.</p>`;
    expect(runHtml(page(prose(2) + spoken + prose(2, 'sea lock') + plain)).removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });

  it('stays, with the letter it repeats, when the words are said in another quote box (a letter printed in full)', () => {
    const letter = `<blockquote><p>“Dear Tillbrook, thank you for the tea and the beds.</p><p>We will rebuild. Save us a place in the queue.</p><p>Tom and Lucy”</p></blockquote>`;
    const pull = `<blockquote><p>We will rebuild. Save us a place in the queue.</p><cite>Tom and Lucy</cite></blockquote>`;
    const r = runHtml(page(prose(2) + letter + prose(2, 'sea lock') + pull + prose(2, 'quay')));
    expect(r.article!.text).toContain('We will rebuild. Save us a place in the queue.');
    expect(r.removed.some((x) => x.rule.startsWith('copy:pull-quote'))).toBe(false);
  });
});

describe('a pull quote whose credit and avatar sit beside its quote box, in one wrapper', () => {
  const asked = 'We know that warm water at the surface gives the air above it far more moisture to carry inland';
  const tagged = `<p>Roe pointed to the same cause when we asked her about the floods. “${asked},” she said on Tuesday.</p>`;
  const avatar = '<div class="who"><figure><img src="/img/jane-roe-80.jpg" alt="" width="80" height="80"></figure></div>';
  const wrapped = `<div class="pq"><blockquote>${asked}.</blockquote>${avatar}<p class="cite"><strong>Jane Roe</strong>, deputy director of the climate service</p></div>`;

  it('go with the quote, and the paragraph keeps the words and the speech tag', () => {
    const lead = '<figure><img src="/img/flooded-street.jpg" alt="A flooded street" width="800" height="500"><figcaption>A flooded street in the old town.</figcaption></figure>';
    const r = runHtml(page(lead + prose(3) + wrapped + tagged + prose(3, 'harbour')));
    const text = r.article!.text;
    expect(r.article!.html).toContain('flooded-street.jpg');
    expect(text.split(asked).length - 1).toBe(1);
    expect(text).toContain('she said on Tuesday.');
    expect(text).not.toContain('deputy director of the climate service');
    expect(r.article!.html).not.toContain('jane-roe-80');
  });

  it('a credit line beside the quote box with no picture of the speaker stays (it may be a line of the story)', () => {
    const bare = `<div class="pq"><blockquote>${asked}.</blockquote><p class="cite">Climate analyst Jane Roe</p></div>`;
    const r = runHtml(page(prose(3) + bare + tagged + prose(3, 'harbour')));
    expect(r.article!.text.split(asked).length - 1).toBe(1);
    expect(r.article!.text).toContain('Climate analyst Jane Roe');
  });

  it('a credit line with no picture goes with the quote when the quote\'s paragraph names the same person', () => {
    const named = `<p>The cause is plain. “${asked},” says veteran climate analyst Jane Roe of the coastal service.</p>`;
    const bare = `<div class="pq"><blockquote>${asked}.</blockquote><div><p class="cite">Climate analyst Jane Roe</p></div></div>`;
    const r = runHtml(page(prose(3) + bare + named + prose(3, 'harbour')));
    expect(r.article!.text.split(asked).length - 1).toBe(1);
    expect(r.article!.text).not.toContain('Climate analyst Jane Roe');
    expect(r.removed.find((x) => x.text === 'Climate analyst Jane Roe')?.rule).toBe('copy:pull-quote:credit');
    expect(r.article!.text).toContain('says veteran climate analyst Jane Roe of the coastal service.');
    // A sentence beside the quote box is the story's, whoever it names.
    const sentence = `<div class="pq"><blockquote>${asked}.</blockquote><p>Climate analyst Jane Roe has studied the coast.</p></div>`;
    expect(runHtml(page(prose(3) + sentence + named + prose(3, 'harbour'))).article!.text).toContain('Jane Roe has studied the coast.');
  });

  it('a story photo with its caption beside a pull quote stays', () => {
    const photo = '<figure><img src="/img/harbour-wall.jpg" alt="The harbour wall" width="800" height="500"><figcaption>The harbour wall after the storm.</figcaption></figure>';
    const r = runHtml(page(prose(3) + `<div class="pq"><blockquote>${asked}.</blockquote>${photo}</div>` + tagged + prose(3, 'harbour')));
    expect(r.article!.html).toContain('The harbour wall after the storm.');
    expect(r.article!.html).toContain('harbour-wall.jpg');
  });
});

describe('a quote box that sets the story\'s quotation again, edited (shortened, an ending changed)', () => {
  const said = `<p>The mayor thanked the crews at the harbour. “We are all working together, each service within its own remit, every crew coordinated and trying to finish this dreadful job,” she stressed.</p>`;
  const box = (q: string) => `<blockquote><p>${q}”</p><div><p>Maria Lund</p><p>Mayor of Eastport</p></div></blockquote>`;
  const edited = 'We work together, all services coordinated, to finish this dreadful job';

  it('goes with its credit lines, wherever it stands near the paragraph, and the paragraph stays whole', () => {
    const r = runHtml(page(said + prose(8, 'sea lock') + box(edited) + prose(2, 'quay')));
    const text = r.article!.text;
    expect(text).not.toContain('We work together, all services');
    expect(text).not.toContain('Mayor of Eastport');
    expect(text).toContain('every crew coordinated and trying to finish this dreadful job,” she stressed.');
    expect(r.removed.filter((x) => x.rule.startsWith('copy:pull-quote'))).toHaveLength(3);
  });

  it('stays when the story quotes other words, or when it is no box', () => {
    const other = runHtml(page(said + prose(8, 'sea lock') + box('Nobody in this town will forget the night the water came over the wall') + prose(2, 'quay')));
    expect(other.article!.text).toContain('Nobody in this town will forget');
    const plain = runHtml(page(said + prose(3, 'sea lock') + `<p>${edited}.</p>` + prose(2, 'quay')));
    expect(plain.article!.text).toContain(edited);
  });
});

describe('a line that says what a paragraph says, near it', () => {
  const line = 'The harbour board said it would close the northern quay to all ferry traffic until the storm damage to its outer wall was repaired';
  const para = `<p>${line}. Repairs will begin on Monday morning.</p>`;

  it('above the story\'s first paragraph is its standfirst and stays', () => {
    const r = runHtml(page(`<p class="subtitle">${line}.</p>${para}${prose(4)}`));
    expect(r.article!.text.split(line).length - 1).toBe(2);
    expect(r.removed.some((x) => x.rule === 'copy:pull-quote')).toBe(false);
  });
});

