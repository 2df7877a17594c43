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

/** How long the first render waits for the tab's answer: a summary prepared before the click is usually here by
 * then, and is drawn at once; a later answer follows the loading state, shown this much later than without the wait. */
const ANSWER_WAIT_MS = 25;

/** The answer, if it comes within `ms` (undefined otherwise, or on an error: the popup reads that itself). */
const within = <T,>(p: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([p.catch(() => undefined), new Promise<undefined>((r) => setTimeout(r, ms))]);

void firstReport().then(async ({ tabId, report }) => {
  report?.then(() => performance.mark('clearpage:report-received'), () => undefined); // the popup shows an error itself
  const answered = report && (await within(report, ANSWER_WAIT_MS));
  render(<Popup tabId={tabId} prefetched={report} answered={answered} />, document.getElementById('app')!);
});
