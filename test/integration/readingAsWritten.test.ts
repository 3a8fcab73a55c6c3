// Reading what people really write, through the production path (the real Office.js client
// against the emulated Excel): a re-imported plan whose name is written differently replaces
// the person's rows; the overall tab's notes are reported as flags at their cells; a name only
// like one in the overall plan is flagged naming the candidate.
import { TAB_NAMES } from '../../src/core/tabs';
import { plan } from '../core/import/planFactory';
import { open, TEMPLATE } from './helpers';

describe('names written differently are one person', () => {
  it('a re-import as "Lindqvist, Anna, kurator" replaces Anna Lindqvist’s rows, shown as Anna Lindqvist', async () => {
    const { gateway } = await open(TEMPLATE);
    const first = plan({
      name: 'Anna Lindqvist',
      activities: [{ plannedNumber: '5' }, { plannedNumber: '6' }],
    });
    await gateway.applyImport(await gateway.previewImport([first], 'plan'));
    const again = plan({ name: 'Lindqvist, Anna, kurator', activities: [{ plannedNumber: '7' }] });
    const preview = await gateway.previewImport([again], 'plan');
    expect(preview.people.map((p) => [p.rowsToWrite, p.rowsToReplace])).toEqual([[1, 2]]);
    await gateway.applyImport(preview);
    const { snapshot } = await gateway.readLog();
    expect(snapshot.rounds.plan!.map((r) => [r.person, r.plannedNumber.value])).toEqual([
      ['Anna Lindqvist', 7],
    ]);
  });
});

describe('the overall tab as coordinators keep it', () => {
  it('a note under the table is a flag at its row, not a person on the reminder list', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await gateway.applyImport(
      await gateway.previewImport(
        [plan({ name: 'Lindqvist, Anna', activities: [{ training: 'HiS6', plannedNumber: '20' }] })],
        'plan',
      ),
    );
    host.setValues(TAB_NAMES.overall, 'A4', [
      ['HiS6', 'Vårdcentralen Norr', 'Anna Lindqvist, kurator', '', 20, '', ''],
      ['', '', '', '', '', '', ''],
      ['', '', 'Senast ändrad 2017-01-15 av Karin Berg', '', '', '', ''],
    ]);
    const flags = (await gateway.check('plan')).flags;
    expect(flags.filter((f) => f.code !== 'overall-row-skipped')).toEqual([]);
    expect(
      flags.filter((f) => f.code === 'overall-row-skipped').map((f) => [f.sheet, f.cell, f.message.code]),
    ).toEqual([[TAB_NAMES.overall, 'A6', 'overall-row-note']]);
  });

  it('Ana Lindqvist is not silently taken for Anna Lindqvist', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await gateway.applyImport(
      await gateway.previewImport(
        [plan({ name: 'Ana Lindqvist', activities: [{ training: 'HiS6', plannedNumber: '20' }] })],
        'plan',
      ),
    );
    host.setValues(TAB_NAMES.overall, 'A4', [
      ['HiS6', 'Vårdcentralen Norr', 'Anna Lindqvist', '', 20, '', ''],
    ]);
    const flags = (await gateway.check('plan')).flags;
    expect(flags.map((f) => f.code).sort()).toEqual([
      'not-in-overall-plan',
      'plan-not-received',
      'uncertain-name-match',
    ]);
    expect(flags.find((f) => f.code === 'uncertain-name-match')?.message.params).toMatchObject({
      person: 'Ana Lindqvist',
      candidates: ['Anna Lindqvist'],
    });
  });
});
