import { render } from 'preact';
import { Reader } from '../../components/Reader';
import { resolveTabId } from '../../components/api';
import '../../components/theme.css';

void resolveTabId().then((tabId) => render(<Reader tabId={tabId} />, document.getElementById('app')!));
