// The add-in's entry: waits for Office, then renders the pane over the Office.js gateway.
// Outside Office (the page opened in a browser) it still renders, so errors are visible.
import { OfficeWorkbookGateway } from '../excel/officeGateway';
import { mountPane, officeDisplayLanguage } from './mount';

function start(): void {
  const element = document.getElementById('root');
  if (element) mountPane(element, new OfficeWorkbookGateway(), officeDisplayLanguage());
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then(start);
} else {
  start();
}
