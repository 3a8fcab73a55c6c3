// The workbench entry: opens the template in the Excel emulator, installs it under the real
// Excel client (loaded by workbench.html before this bundle) and renders pane + workbook.
import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../host';
import { mountPane } from '../taskpane/mount';
import { createGateway } from './gateway';
import { openPickedWorkbook, openStartWorkbook } from './openWorkbook';
import { planFiles } from './planFiles';
import { Workbench } from './Workbench';

declare global {
  interface Window {
    __workbench?: { host: ExcelHost };
  }
}

const PARAMS = new URLSearchParams(location.search);
const DISPLAY_LANGUAGE = PARAMS.get('lang') === 'en' ? 'en-US' : 'sv-SE';

/**
 * `workbench.html?layout=pane`: the task pane alone, filling the page as in Excel's pane (the
 * page scrolls, as the pane's document does there), over the emulated start workbook; for trying
 * the pane at a pane's size (350 × 700 px) and for the browser tests that need exactly that.
 */
async function paneOnly(element: HTMLElement): Promise<void> {
  const start = await openStartWorkbook();
  start.host.install(window);
  window.__workbench = { host: start.host };
  element.dataset.testid = 'pane';
  mountPane(element, createGateway(), DISPLAY_LANGUAGE, planFiles);
}

async function main(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  if (PARAMS.get('layout') === 'pane') return paneOnly(element);
  const root = createRoot(element);
  let current: { host: ExcelHost; name: string } | null = null;

  const show = (host: ExcelHost, name: string, message: string | null) => {
    if (current && current.host !== host) current.host.uninstall();
    if (!current || current.host !== host) host.install(window);
    current = { host, name };
    window.__workbench = { host };
    root.render(
      <Workbench
        key={name + String(Date.now())}
        host={host}
        name={name}
        message={message}
        displayLanguage={DISPLAY_LANGUAGE}
        onOpen={(file) => void open(file)}
      />,
    );
  };

  const open = async (file: File) => {
    const opened = await openPickedWorkbook(file);
    if (!current) return;
    if (opened.ok) show(opened.host, file.name, null);
    else show(current.host, current.name, opened.message);
  };

  const start = await openStartWorkbook();
  show(start.host, start.name, start.warning);
}

void main();
