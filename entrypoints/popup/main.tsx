import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { answerOf, getReport, resolveTabId } from '../../components/api';
import type { ReportResponse } from '../../utils/messages';
import '../../components/theme.css';

// The tab was asked for its report by popup-first.js, the page's first script; without it, ask now. Then render:
// the answer is on its way while the popup paints.
async function firstReport(): Promise<{ tabId: number | null; report?: Promise<ReportResponse> }> {
  const first = await globalThis.__clearpageFirst;
  if (first) return { tabId: first.tabId, report: first.sent && answerOf<ReportResponse>(first.sent) };
  performance.mark('clearpage:popup-script');
  const tabId = await resolveTabId();
  return { tabId, report: tabId === null ? undefined : getReport(tabId, false) };
}

/** The next frame (or 50 ms, if frames do not come): a loading state rendered then is painted no later than now. */
const nextFrame = () => new Promise<undefined>((r) => { requestAnimationFrame(() => r(undefined)); setTimeout(r, 50); });

/** The answer, if it comes before the next frame (undefined otherwise, or on an error: the popup reads that itself). */
const beforeFrame = <T,>(p: Promise<T>): Promise<T | undefined> => Promise.race([p.catch(() => undefined), nextFrame()]);

void firstReport().then(async ({ tabId, report }) => {
  report?.then(() => performance.mark('clearpage:report-received'), () => undefined); // the popup shows an error itself
  // A summary prepared before the click is usually here by then: drawn at once, with no loading frame before it.
  const answered = report && (await beforeFrame(report));
  render(<Popup tabId={tabId} prefetched={report} answered={answered} />, document.getElementById('app')!);
});
