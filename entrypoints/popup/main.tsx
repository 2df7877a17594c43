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

void firstReport().then(({ tabId, report }) => {
  report?.catch(() => undefined); // the popup shows the error when it reads it
  render(<Popup tabId={tabId} prefetched={report} />, document.getElementById('app')!);
});
