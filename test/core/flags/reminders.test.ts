import { computeFlags } from '../../../src/core/flags/computeFlags';
import { reminderList, reminderMail } from '../../../src/core/flags/reminders';
import { msg } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { assignment, contact, row, snapshot } from './build';

const settings = DEFAULT_SETTINGS;

describe('reminderList', () => {
  const s = snapshot({
    aterrap1: [row('aterrap1', { person: 'Anna Lindqvist', status: 'Genomförd', reached: 20 })],
    contacts: [
      contact({ name: 'Bo Ek, psykolog', email: 'bo.ek@region.se' }, 3),
      contact({ name: 'Cecilia Berg', email: 'fel adress' }, 4),
    ],
    overall: [
      assignment({ person: 'Anna Lindqvist', training: 'HiS1', email: 'anna@region.se' }, 2),
      assignment({ person: 'Bo Ek', training: 'HiS1', email: 'bo.gammal@region.se' }, 3),
      assignment({ person: 'Bo Ek', training: 'HiS2' }, 4),
      assignment({ person: 'Cecilia Berg', training: 'HiS2', email: 'cecilia@region.se' }, 5),
      assignment({ person: 'David Holm', training: 'HiS2' }, 6),
    ],
  });
  const flags = computeFlags(s, { round: 'aterrap1', settings, today: new Date('2017-02-05') });
  const list = reminderList(flags, s);

  it('lists each person whose plan has not arrived once, never those whose plan arrived', () => {
    expect(list.map((r) => r.name)).toEqual(['Bo Ek', 'Cecilia Berg', 'David Holm']);
  });
  it('takes the e-mail from the contacts tab, else a valid one from the overall plan, else empty', () => {
    expect(list).toEqual([
      { name: 'Bo Ek', email: 'bo.ek@region.se' },
      { name: 'Cecilia Berg', email: 'cecilia@region.se' },
      { name: 'David Holm', email: '' },
    ]);
  });
});

describe('reminderMail', () => {
  const list = [
    { name: 'Bo Ek', email: 'bo.ek@region.se' },
    { name: 'Cecilia Berg', email: 'cecilia@region.se' },
    { name: 'David Holm', email: '' },
    { name: 'Bo Ek igen', email: 'bo.ek@region.se' },
  ];
  it('asks for the round’s plan by its due date, with every known address once in bcc', () => {
    expect(reminderMail('aterrap1', list, settings)).toEqual({
      subject: msg('reminder-subject', { round: 'aterrap1' }),
      body: msg('reminder-body', { round: 'aterrap1', due: '2017-02-02' }),
      bcc: ['bo.ek@region.se', 'cecilia@region.se'],
    });
  });
  it('uses report 2’s date and the settings’ deadlines', () => {
    const m = reminderMail('aterrap2', list, {
      ...settings,
      deadlines: { ...settings.deadlines, aterrap2Due: '2018-03-20' },
    });
    expect(m.body).toEqual(msg('reminder-body', { round: 'aterrap2', due: '2018-03-20' }));
  });
  it('works with no addresses', () => {
    expect(reminderMail('plan', [], settings).bcc).toEqual([]);
  });
});
