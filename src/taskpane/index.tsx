// The add-in's entry (the composition root): waits for Office, then renders the pane over the
// production gateway. Outside Office (the page opened in a browser) it still renders, so errors
// are visible. The gateway's code loads in parallel with the first render (excel/createGateway.ts).
import { createGateway } from '../excel/createGateway';
import { mountPane, officeDisplayLanguage } from './mount';

const gateway = createGateway();

function start(): void {
  const element = document.getElementById('root');
  if (element) mountPane(element, gateway, officeDisplayLanguage());
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then(start);
} else {
  start();
}
