// The ribbon's FunctionFile (manifest: <FunctionFile resid="Commands.Url"/>). The one ribbon
// control, "Spridningslogg" on the Home tab, is a ShowTaskpane action that Office carries out
// itself, so there is no function to register; Office still loads this page and expects Office.js
// to initialise on it. Outside Office (the page opened in a browser) it does nothing.

/** Resolves once Office.js is ready, or at once with `false` when the page is not inside Office. */
export function initialiseCommands(office: typeof Office | undefined = globalThis.Office): Promise<boolean> {
  if (!office || typeof office.onReady !== 'function') return Promise.resolve(false);
  return office.onReady().then((info) => info.host !== null && info.host !== undefined);
}

void initialiseCommands();
