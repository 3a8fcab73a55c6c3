// The add-in's entry: waits for Office, then renders the pane over the Office.js gateway.
// Outside Office (the page opened in a browser) it still renders, so errors are visible.
// The gateway's code loads in parallel with the first render (see excel/lazyGateway.ts).
import { LazyGateway } from '../excel/lazyGateway';
import { mountPane, officeDisplayLanguage } from './mount';

const gateway = new LazyGateway(() =>
  import(/* webpackChunkName: "gateway" */ '../excel/officeGateway').then(
    (m) => new m.OfficeWorkbookGateway(),
  ),
).preload();

function start(): void {
  const element = document.getElementById('root');
  if (element) mountPane(element, gateway, officeDisplayLanguage());
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then(start);
} else {
  start();
}
