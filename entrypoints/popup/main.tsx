import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { getReport, resolveTabId } from '../../components/api';
import '../../components/theme.css';

// Ask the tab for its report first, then render: the answer is on its way while the popup paints.
performance.mark('clearpage:popup-script');
void resolveTabId().then((tabId) => {
  const prefetched = tabId === null ? undefined : getReport(tabId, false);
  prefetched?.catch(() => undefined); // the popup shows the error when it reads it
  render(<Popup tabId={tabId} prefetched={prefetched} />, document.getElementById('app')!);
});
