// The reminder list (steps 2.2/2.6) through the Office.js client against the emulated Excel:
// who in the overall plan has not sent a plan for the round, with the address from tab 2 before
// the overall plan's, and the round in progress chosen when none is given.
import { TAB_NAMES } from '../../src/core/tabs';
import { plan } from '../core/import/planFactory';
import { open, TEMPLATE } from './helpers';

const OVERALL = TAB_NAMES.overall;

async function setUp() {
  const opened = await open(TEMPLATE);
  // Overall plan typed into the template's tab (header on row 3, columns A–G).
  opened.host.setValues(OVERALL, 'A4', [
    ['HiS6', 'VC Norr', 'Anna Lindqvist', 'anna@example.se', 10, 'vt 2017', ''],
    ['HiS6', 'VC Norr', 'Bo Ek', 'bo.overall@example.se', 10, 'vt 2017', ''],
    ['HiS9', 'BUP', 'Cecilia Berg', 'inte-en-adress', 10, 'vt 2017', ''],
  ]);
  return opened;
}

test('lists people of the overall plan without rows in the round, with their best address', async () => {
  const { gateway } = await setUp();
  const anna = plan({
    name: 'Anna Lindqvist',
    email: 'anna@example.se',
    activities: [{ training: 'HiS6', plannedNumber: '10' }],
  });
  const bo = plan({
    name: 'Bo Ek',
    email: 'bo.kontakt@example.se',
    activities: [{ training: 'HiS6', plannedNumber: '10' }],
  });
  // Anna and Bo sent plans (Bo's address is now in tab 2); only Anna reported at report 1.
  await gateway.applyImport(await gateway.previewImport([anna, bo], 'plan'));
  const annaReport = plan({
    name: 'Anna Lindqvist',
    activities: [{ training: 'HiS6', plannedNumber: '10', status: 'Genomförd', reached: '9' }],
  });
  await gateway.applyImport(await gateway.previewImport([annaReport], 'aterrap1'));

  const overall = { kind: 'tab', sheet: TAB_NAMES.overall };
  expect(await gateway.reminderList('plan')).toEqual({
    round: 'plan',
    recipients: [{ name: 'Cecilia Berg', email: '' }],
    overall,
  });
  const report1 = [
    { name: 'Bo Ek', email: 'bo.kontakt@example.se' },
    { name: 'Cecilia Berg', email: '' },
  ];
  expect(await gateway.reminderList('aterrap1')).toEqual({ round: 'aterrap1', recipients: report1, overall });
  // Without a round: the latest round whose tab has rows (report 1 here), and it says so.
  expect(await gateway.reminderList()).toEqual({ round: 'aterrap1', recipients: report1, overall });
});
