import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { resolveTabId } from '../../components/api';
import '../../components/theme.css';

void resolveTabId().then((tabId) => render(<Popup tabId={tabId} />, document.getElementById('app')!));
