// The pane's entry loads the Office.js gateway after the first render (LazyGateway): calls wait
// for it and then behave as the real gateway's; it is loaded once; a failed load is retried.
import { LazyGateway } from '../../src/excel/lazyGateway';
import { OfficeWorkbookGateway } from '../../src/excel/officeGateway';
import { plan } from '../core/import/planFactory';
import { NOW, open, TEMPLATE } from './helpers';

test('calls go to the real gateway once it is loaded, and it is loaded once', async () => {
  const { host } = await open(TEMPLATE);
  let loads = 0;
  const lazy = new LazyGateway(() => {
    loads++;
    return Promise.resolve(new OfficeWorkbookGateway({ now: () => NOW }));
  }).preload();
  const direct = new OfficeWorkbookGateway({ now: () => NOW });
  expect(await lazy.inspect()).toEqual(await direct.inspect());
  const preview = await lazy.previewImport([plan({ name: 'Eva Ström', activities: [{}, {}] })]);
  expect((await lazy.applyImport(preview)).rowsWritten).toBe(2);
  expect(host.values('2. Saml kontaktuppg', 'A4:A4')).toEqual([['Eva Ström']]);
  expect(await lazy.hasUndo()).toBe(true);
  expect((await lazy.undoLastImport()).status).toBe('undone');
  expect(loads).toBe(1);
});

test('a load that fails fails the call with its error, and the next call loads again', async () => {
  await open(TEMPLATE);
  let loads = 0;
  const lazy = new LazyGateway(() => {
    loads++;
    if (loads === 1) return Promise.reject(new Error('chunk failed'));
    return Promise.resolve(new OfficeWorkbookGateway({ now: () => NOW }));
  }).preload();
  await expect(lazy.hasUndo()).rejects.toThrow('chunk failed');
  expect(await lazy.hasUndo()).toBe(false);
  expect(loads).toBe(2);
});
