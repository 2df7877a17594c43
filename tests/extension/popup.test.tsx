// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup';
import type { Report } from '../../lib/types';
import type { PageState, ReportResponse } from '../../utils/messages';

const state = (over: Partial<PageState> = {}): PageState => ({
  url: 'https://news.example/a', site: 'news.example', hidden: [], cleaned: false, autoClean: false,
  detection: { isArticle: true, score: 0.9, reasons: ['+0.30 JSON-LD NewsArticle'] },
  timings: { startMs: 1, detectMs: 1, engineLoadMs: null, pipelineMs: null, cleanedAt: null }, ...over,
});
const report: Report = {
  url: 'https://news.example/a', isArticle: true, articleScore: 0.9, reasons: [],
  article: { title: 'Talks collapse', byline: null, siteName: 'News Example', publishedTime: '2025-11-08T09:14:00Z', lang: 'en', excerpt: null, html: '<p>x</p>', text: 'word '.repeat(500) },
  removed: [{ text: 'Support us today', reason: 'donation', rule: 'appeal', fingerprint: 'f1', index: 3, tag: 'p', html: '<p>Support us today</p>' }],
  quotes: [{ text: 'We will not move', speaker: 'Zabihullah Mujahid', speakerMention: 'Mujahid', key: true, kind: 'full', start: 0, end: 5 }],
  parties: [{ name: 'Zabihullah Mujahid', type: 'person', aliases: [], description: 'chief spokesman', roles: ['spokesman'], mentions: 5, salience: 1 }],
  timings: { parseMs: 0, detectMs: 0, extractMs: 0, cleanMs: 0, analyzeMs: 0 },
};

let root: HTMLElement;
const flush = async () => { for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0)); };

describe('popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.appendChild(root);
  });
  afterEach(() => { render(null, root); root.remove(); });

  it('shows title, site, date, reading time, key quotes with speaker, parties and removed blocks', async () => {
    const send = vi.fn(async (): Promise<ReportResponse> => ({ state: state(), report, pageRemovals: [] }));
    fakeBrowser.tabs.sendMessage = send as never;
    render(<Popup tabId={7} />, root);
    expect(root.querySelector('[data-testid=loading]')).not.toBeNull();
    await flush();
    expect(send).toHaveBeenCalledWith(7, { type: 'clearpage:report', force: false });
    expect(root.querySelector('[data-testid=title]')!.textContent).toBe('Talks collapse');
    expect(root.querySelector('[data-testid=site]')!.textContent).toBe('News Example');
    expect(root.querySelector('[data-testid=reading-time]')!.textContent).toBe('2 min read');
    expect(root.querySelector('[data-testid=speaker]')!.textContent).toContain('Zabihullah Mujahid');
    expect(root.querySelector('[data-testid=party]')!.textContent).toContain('chief spokesman');
    expect(root.querySelector('[data-testid=removed-summary]')!.textContent).toContain('1 block');
    expect(root.querySelector('[data-testid=clean]')).not.toBeNull();
  });

  it("says a party's roles in words: the analysis' code words are translated, the text's own kept", async () => {
    const parties: Report['parties'] = [
      { name: 'Lindi', type: 'place', aliases: [], description: null, roles: ['dateline'], mentions: 1, salience: 0.5 },
      { name: 'Zabihullah Mujahid', type: 'person', aliases: [], description: null, roles: ['spokesman', 'speaker'], mentions: 5, salience: 1 },
    ];
    fakeBrowser.tabs.sendMessage = vi.fn(async (): Promise<ReportResponse> => ({ state: state(), report: { ...report, parties }, pageRemovals: [] })) as never;
    render(<Popup tabId={7} />, root);
    await flush();
    const roles = [...root.querySelectorAll('.cp-party-roles')].map((e) => e.textContent);
    expect(roles).toEqual(['spokesman; quoted', 'where the story is filed from']);
  });

  it('says when the page gave only part of the story, and only then', async () => {
    const partial: Report = { ...report, article: { ...report.article!, partial: { evidence: ['the page\'s data marks the story for subscribers'] } } };
    fakeBrowser.tabs.sendMessage = (async (): Promise<ReportResponse> => ({ state: state(), report: partial, pageRemovals: [] })) as never;
    render(<Popup tabId={7} />, root);
    await flush();
    expect(root.querySelector('[data-testid=partial]')!.textContent).toBe('Only part of this article is on the page: the rest is for subscribers.');
    expect(root.querySelector('[data-testid=reading-time]')!.textContent).toBe('2 min read (the part shown)');
    render(null, root);
    fakeBrowser.tabs.sendMessage = (async (): Promise<ReportResponse> => ({ state: state(), report, pageRemovals: [] })) as never;
    render(<Popup tabId={7} />, root);
    await flush();
    expect(root.querySelector('[data-testid=title]')).not.toBeNull();
    expect(root.querySelector('[data-testid=partial]')).toBeNull();
  });

  it('draws an answer that came before its first render at once, with no loading state and no second question', async () => {
    const send = vi.fn(async (): Promise<ReportResponse> => ({ state: state(), report, pageRemovals: [] }));
    fakeBrowser.tabs.sendMessage = send as never;
    const answer: ReportResponse = { state: state({ hidden: ['f1'], cleaned: true }), report, pageRemovals: [] };
    render(<Popup tabId={7} prefetched={Promise.resolve(answer)} answered={answer} />, root);
    expect(root.querySelector('[data-testid=loading]')).toBeNull();
    expect(root.querySelector('[data-testid=title]')!.textContent).toBe('Talks collapse');
    expect(root.querySelector('[data-testid=status]')!.textContent).toBe('Hidden on the page: 1 block: 1 donation appeal.');
    await flush();
    expect(send).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid=restore]')).not.toBeNull();
  });

  it('on a page that is not an article: a message and "Try anyway", which forces extraction', async () => {
    const send = vi.fn(async (_id: number, msg: { force?: boolean }): Promise<ReportResponse> =>
      msg.force ? { state: state(), report, pageRemovals: [] } : { state: state({ detection: { isArticle: false, score: 0.1, reasons: ['-0.35 home page URL'] } }), report: null, pageRemovals: [] });
    fakeBrowser.tabs.sendMessage = send as never;
    render(<Popup tabId={3} />, root);
    await flush();
    expect(root.querySelector('[data-testid=not-article]')!.textContent).toContain('does not look like a news article');
    (root.querySelector('[data-testid=try-anyway]') as HTMLButtonElement).click();
    await flush();
    expect(send).toHaveBeenLastCalledWith(3, { type: 'clearpage:report', force: true });
    expect(root.querySelector('[data-testid=summary]')).not.toBeNull();
  });

  it('explains a tab it cannot read', async () => {
    fakeBrowser.tabs.sendMessage = (async () => { throw new Error('Could not establish connection'); }) as never;
    render(<Popup tabId={9} />, root);
    await flush();
    expect(root.querySelector('[data-testid=error]')!.textContent).toContain('cannot read this tab');
  });

  /** A fake tab: a content script whose page hides and restores blocks as the real one does. */
  function fakeTab(removed = report.removed, opts: { isArticle?: boolean } = {}) {
    let hidden: string[] = [];
    let forced = false;
    const isArticle = opts.isArticle ?? true;
    const st = () => state({ hidden: [...hidden], cleaned: hidden.length > 0, detection: { isArticle, score: isArticle ? 0.9 : 0.1, reasons: [] } });
    const send = vi.fn(async (_id: number, msg: { type: string; force?: boolean; fingerprint?: string }) => {
      if (msg.type === 'clearpage:report') {
        forced ||= !!msg.force;
        const show = isArticle || forced || hidden.length > 0;
        return { state: st(), report: show ? { ...report, removed } : null, pageRemovals: [] };
      }
      if (msg.type === 'clearpage:clean') { forced ||= !isArticle; hidden = [...new Set(removed.map((r) => r.fingerprint))]; }
      if (msg.type === 'clearpage:restore') hidden = msg.fingerprint ? hidden.filter((f) => f !== msg.fingerprint) : [];
      if (msg.type === 'clearpage:hide' && msg.fingerprint) hidden.push(msg.fingerprint);
      return { state: st() };
    });
    fakeBrowser.tabs.sendMessage = send as never;
    return send;
  }
  const two: Report['removed'] = [
    report.removed[0]!,
    { ...report.removed[0]!, fingerprint: 'f1', index: 9 }, // the same appeal printed twice
    { text: 'Share on X', reason: 'share', rule: 'share', fingerprint: 'f2', index: 4, tag: 'ul', html: '' },
  ];
  const status = () => root.querySelector('[data-testid=status]')!;
  const button = (id: string) => root.querySelector(`[data-testid=${id}]`) as HTMLButtonElement;

  it('Clean says what it hid by kind in a live region, and the focus stays on the button', async () => {
    fakeTab(two);
    render(<Popup tabId={4} />, root);
    await flush();
    expect(status().getAttribute('role')).toBe('status');
    expect(status().getAttribute('aria-live')).toBe('polite');
    const b = button('clean');
    b.focus();
    b.click();
    await flush();
    expect(status().textContent).toBe('Hid 3 blocks: 2 donation appeals, 1 share bar.');
    expect(button('restore')).toBe(b);
    expect(document.activeElement).toBe(b);
    expect(root.querySelector('[data-testid=removed-summary]')!.textContent).toBe('Left out of the article: 3 blocks, 3 hidden on the page');
    b.click();
    await flush();
    expect(status().textContent).toBe('Restored the page: 3 blocks visible again.');
    expect(button('clean')).toBe(b);
    expect(document.activeElement).toBe(b);
  });

  it('Clean on a page with nothing to hide says so', async () => {
    fakeTab([]);
    render(<Popup tabId={4} />, root);
    await flush();
    button('clean').click();
    await flush();
    expect(status().textContent).toBe('Nothing to hide: Clearpage found no clutter on this page.');
    expect(button('clean')).not.toBeNull();
  });

  it('a block restored from the list keeps the focus on its button, which now hides it again', async () => {
    fakeTab(two);
    render(<Popup tabId={4} />, root);
    await flush();
    button('clean').click();
    await flush();
    const one = root.querySelector('[data-fingerprint=f2] button') as HTMLButtonElement;
    one.focus();
    one.click();
    await flush();
    expect(status().textContent).toBe('Restored 1 block (share buttons).');
    expect(one.textContent).toBe('Hide');
    expect(document.activeElement).toBe(one);
    one.click();
    await flush();
    expect(status().textContent).toBe('Hid 1 block (share buttons).');
  });

  it('after "Try anyway" and Clean on a page that is not an article, reopening shows what is hidden and Restore', async () => {
    fakeTab(two, { isArticle: false });
    render(<Popup tabId={5} />, root);
    await flush();
    button('try-anyway').click();
    await flush();
    expect(root.querySelector('[data-testid=forced]')).not.toBeNull();
    button('clean').click();
    await flush();
    render(null, root); // the popup closes…
    render(<Popup tabId={5} />, root); // …and opens again
    await flush();
    expect(root.querySelector('[data-testid=not-article]')).toBeNull();
    expect(status().textContent).toBe('Hidden on the page: 3 blocks: 2 donation appeals, 1 share bar.');
    button('restore').click();
    await flush();
    expect(status().textContent).toBe('Restored the page: 3 blocks visible again.');
  });

  it('never claims a page is unchanged while blocks are hidden on it', async () => {
    fakeBrowser.tabs.sendMessage = (async () => ({
      state: state({ hidden: ['f1', 'f2'], cleaned: true, detection: { isArticle: false, score: 0.1, reasons: [] } }), report: null, pageRemovals: [],
    })) as never;
    render(<Popup tabId={6} />, root);
    await flush();
    expect(root.textContent).not.toContain('left it unchanged');
    expect(root.querySelector('[data-testid=page-state]')!.textContent).toContain('2 blocks');
    expect(button('restore')).not.toBeNull();
  });

  it("says what the page reports its Clean did (lastClean), regions included", async () => {
    let cleaned = false;
    const lastClean = { hidden: 14, byReason: { menu: 6, share: 3, donation: 2, related: 2, footer: 1 }, nothingToHide: false };
    fakeBrowser.tabs.sendMessage = (async (_id: number, msg: { type: string }) => {
      if (msg.type === 'clearpage:clean') cleaned = true;
      if (msg.type === 'clearpage:restore') cleaned = false;
      const st = state({ hidden: cleaned ? ['f1', 'page:menu'] : [], cleaned, lastClean: cleaned ? lastClean : null });
      return msg.type === 'clearpage:report' ? { state: st, report, pageRemovals: [] } : { state: st };
    }) as never;
    render(<Popup tabId={8} />, root);
    await flush();
    button('clean').click();
    await flush();
    expect(status().textContent).toBe('Hid 14 blocks: 6 menus, 3 share bars, 2 donation appeals, 2 related links and 1 more.');
    button('restore').click();
    await flush();
    expect(status().textContent).toBe('Restored the page: 14 blocks visible again.');
  });

  it('"Nothing to hide" when the page says so', async () => {
    fakeBrowser.tabs.sendMessage = (async (_id: number, msg: { type: string }) => {
      const st = state({ lastClean: msg.type === 'clearpage:report' ? null : { hidden: 0, byReason: {}, nothingToHide: true } });
      return msg.type === 'clearpage:report' ? { state: st, report, pageRemovals: [] } : { state: st };
    }) as never;
    render(<Popup tabId={8} />, root);
    await flush();
    button('clean').click();
    await flush();
    expect(status().textContent).toBe('Nothing to hide: Clearpage found no clutter on this page.');
  });
});
