// Renders the pane into an element. Shared by the add-in entry and the workbench page.
import { createRoot, type Root } from 'react-dom/client';
import type { WorkbookGateway } from '../excel/gateway';
import { App } from './components/App';
import { languageFor } from '../messages/render';
import type { PlanFiles } from './reading/planFiles';
import { canSaveFiles } from './platform';

export function mountPane(
  element: HTMLElement,
  gateway: WorkbookGateway,
  displayLanguage?: string | null,
  planFiles?: PlanFiles,
): Root {
  const lang = languageFor(displayLanguage);
  document.documentElement.lang = lang;
  const root = createRoot(element);
  root.render(<App gateway={gateway} lang={lang} planFiles={planFiles} canSaveFiles={canSaveFiles()} />);
  return root;
}

/** Office's display language when running inside Office; undefined outside. */
export function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return office?.context?.displayLanguage;
}
