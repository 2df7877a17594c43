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
});
