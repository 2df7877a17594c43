// Every boilerplate rule, one by one: a line it must catch and a line of news it must leave alone.
import { describe, it, expect } from 'vitest';
import { LINE_RULES, APPEAL_RULES, PAYMENT_RULES } from '../../lib/rules/boilerplate';
import { lineRule, appealScore } from '../../lib/clean';

const LINES: Record<string, [hit: string, miss: string]> = {
  'nav:skip-link': ['Skip to content', 'The lifeboat crew had to skip the usual checks to reach the boat in time.'],
  'nav:bare-url': ['https://paper.example/2026/03/12/story/', 'The council published the plan at its offices.'],
  'nav:prev-next': ['Previous article', 'The previous article of the treaty was never ratified.'],
  'nav:back-to-top': ['Back to top', 'Back to the top of the league after a long season.'],
  'nav:breadcrumb': ['Home » News » Harbour', 'Home is where the harbour is, she said.'],
  'nav:tags': ['Tags: ferry, strike', 'Tags were attached to every crate.'],
  'nav:account': ['Sign in', 'Sign in sheets were kept at the door of the hall for every visitor.'],
  'share:label': ['Share this:', 'Shareholders will vote on the offer next week.'],
  'comments:closed': ['Comments are closed.', 'The consultation closed after comments from 400 residents.'],
  'comments:prompt': ['Leave a Reply', 'She did not leave a reply to the letter for weeks.'],
  'comments:login': ['You must be logged in to post a comment.', 'Residents logged more than 200 complaints.'],
  'counter:number': ['158', '158 households were evacuated.'],
  'cookie:notice': ['We use cookies to improve your experience on our site.', 'The bakery uses a recipe for cookies from 1890.'],
  'newsletter:signup': ['Sign up for our free newsletter', 'The newsletter of the parish council reported the decision.'],
  'paywall:meter': ['You have read 4 of 5 free articles this month.', 'Readers wrote 4 of the 5 letters published this week.'],
  'related:heading': ['Related Posts', 'Related posts in the ministry were cut.'],
  'related:inline': ['Read more: Ferry fares to rise in April', 'Read more widely, the report is damning.'],
  'republish:notice': ['This article first appeared on The Plainsview Report.', 'The ferry first appeared on the route in 1964.'],
  'advert:label': ['Advertisement', 'The advertisement was banned by the regulator.'],
  'byline:date-line': ['Updated 10:01 pm PST, Tuesday, November 19, 2019', 'Updated figures show a fall in crossings.'],
  'byline:date': ['November 20, 2019', 'November 20, 2019 was the day the barrier first closed, officials said.'],
  'byline:read-time': ['6 min read', 'The 6 min crossing was cancelled.'],
  'caption:gallery': ['Image 1 of 5', 'The image of the harbour was shared 1 of 5 times.'],
  'caption:copyright-credit': ['© John Brecher / Needle poking skin during a flu shot', '© is the copyright sign, the court noted.'],
  'newsletter:subscribe-call': ['Subscribe to WIRED and stay smart with more of your favorite writers.', 'Subscribers to the ferry pass were told on Monday.'],
  'author-bio:contact': ['View author archive', 'Reach out to the council was slow, residents said.'],
  'caption:credit': ['(Image: © Shutterstock)', 'The image of the harbour was shared widely.'],
  'legal:copyright': ['© 2026 The Kelby Chronicle. All rights reserved.', 'The copyright dispute reached the High Court.'],
  'navigation:powered-by': ['Proudly powered by WordPress', 'The ferry is powered by diesel and batteries.'],
  'author-bio:heading': ['About the author', 'About the authority: it was set up in 1990.'],
};

describe('line rules', () => {
  it('have an example each', () => {
    expect(LINE_RULES.map((r) => r.rule).filter((r) => !LINES[r])).toEqual([]);
  });
  for (const [rule, [hit, miss]] of Object.entries(LINES)) {
    it(`${rule} catches its line and leaves news alone`, () => {
      expect(lineRule(hit)?.rule).toBe(rule);
      expect(lineRule(miss)).toBeNull();
    });
  }
});

const APPEALS: Record<string, [hit: string, miss: string]> = {
  'appeal:support-us': ['Support the Ashcombe Valley Courier', 'Support for the plan grew among residents.'],
  'appeal:donate-cta': ['Please donate today to keep us going.', 'Harbour Mutual said it would make a donation of £50,000.'],
  'appeal:reader-funded': ['The Courier is an independent, reader-funded newspaper.', 'The food bank is funded by grants and churches.'],
  'appeal:first-person': ['Our journalism depends on you.', 'The journalism school opened in 1990.'],
  'appeal:thanks': ['Thank you!', 'Thank you notes were sent to every volunteer by the charity.'],
  'appeal:de': ['Jetzt spenden', 'Die Stadt hat Spenden für den Radweg erhalten.'],
  'appeal:fr': ['Faire un don sur HelloAsso', 'La mairie a reçu un don de 2 000 euros.'],
  'appeal:it-es': ['Sostienici con una donazione', 'El ayuntamiento recibió una donación.'],
  'appeal:platform': ['Chip in on Patreon', 'Patreon said its fees would rise.'],
};
const PAYMENTS: Record<string, [hit: string, miss: string]> = {
  'payment:iban': ['IBAN: DE44 7205 0000 0012 3456 78', 'Payments went to the wrong IBAN for nine days, the society said.'],
  'payment:bic': ['BIC: AUENDEX1XXX', 'The bank said the BIC code had been checked twice.'],
  'payment:account': ['Sort code 40-12-77, account number 81726354', 'Customers should check the sort code and account number before paying.'],
  'payment:wallet': ['Vipps: #557320', 'Vipps is a payment app used in Norway.'],
  'payment:paypal': ['PayPal: donations@courier.example', 'PayPal said the outage was fixed.'],
  'payment:crypto': ['BTC: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh', 'Bitcoin fell by a tenth.'],
};

describe('appeal and payment rules', () => {
  it('have an example each', () => {
    expect([...APPEAL_RULES, ...PAYMENT_RULES].map((r) => r.rule).filter((r) => !APPEALS[r] && !PAYMENTS[r])).toEqual([]);
  });
  for (const [rule, [hit, miss]] of Object.entries({ ...APPEALS, ...PAYMENTS })) {
    it(`${rule} fires on an appeal and not on news`, () => {
      expect(appealScore(hit).rules).toContain(rule);
      expect(appealScore(miss).rules).not.toContain(rule);
    });
  }
});
