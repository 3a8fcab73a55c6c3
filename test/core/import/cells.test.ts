import { activityCells, NOTE_PREFIX } from '../../../src/core/import/activityCells';
import { contactWrite } from '../../../src/core/import/contactCells';
import { DATE_FORMAT, isoToSerial, serialToIso } from '../../../src/core/import/excelDate';
import { guardText, needsTextGuard } from '../../../src/core/import/textGuard';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';
import { activity, plan } from './planFactory';

describe('Excel dates', () => {
  it('converts ISO days to serial numbers and back', () => {
    expect(isoToSerial('2017-02-10')).toBe(42776);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(serialToIso(42776)).toBe('2017-02-10');
    expect(() => isoToSerial('2017-02-30')).toThrow();
  });
  it('in the 1904 date system: 1462 days less, day 0 is 1904-01-01', () => {
    expect(isoToSerial('2017-02-10', true)).toBe(42776 - 1462);
    expect(isoToSerial('1904-01-01', true)).toBe(0);
    expect(serialToIso(42776 - 1462, true)).toBe('2017-02-10');
    expect(serialToIso(42776 - 1462 + 0.75, true)).toBe('2017-02-10');
  });
  it('a contact row and an activity row carry their days in the workbook’s system', () => {
    const a = activityCells(
      'Anna',
      activity({ plannedDate: '10/2', doneDate: '2017-03-01' }),
      DEFAULT_CATALOGUE,
      true,
    );
    expect(a.plannedDate).toEqual({ value: 42776 - 1462, numberFormat: DATE_FORMAT });
    expect(a.doneDate.value).toBe(isoToSerial('2017-03-01', true));
    const w = contactWrite(plan({ name: 'Anna Svensson', activities: [] }).contact, null, '2017-02-01', true);
    expect(w.cells.planReceived).toEqual({
      value: isoToSerial('2017-02-01') - 1462,
      numberFormat: DATE_FORMAT,
    });
  });
});

describe('text guard', () => {
  it.each([
    '=SUM(A1)',
    '+46 70',
    '-',
    '@home',
    '20',
    '2017-02-10',
    '10/2',
    'mars 2017',
    'TRUE',
    "'x",
    '#N/A',
  ])('guards %s', (s) => {
    expect(needsTextGuard(s)).toBe(true);
    expect(guardText(s)).toBe(`'${s}`);
  });
  it.each(['Föreläsning', 'v. sex', '', 'Sjuksköterskor'])('leaves %s as it is', (s) => {
    expect(guardText(s)).toBe(s);
  });
});

describe('activity cells', () => {
  const cells = (a: Parameters<typeof activity>[0]) =>
    activityCells('Anna Svensson', activity(a), DEFAULT_CATALOGUE);

  it('writes numbers as numbers and keeps the written text in Kommentar when it differs', () => {
    const c = cells({ plannedNumber: 'ca 20', reached: '20-25', comment: 'Bra' });
    expect(c.plannedNumber).toEqual({ value: 20 });
    expect(c.reached).toEqual({ value: 20 });
    expect(c.comment.value).toBe(`Bra ${NOTE_PREFIX}Planerat antal ”ca 20”; Antal nådda ”20-25”`);
  });

  it('adds no note when the number was written plainly', () => {
    const c = cells({ plannedNumber: '20' });
    expect(c.plannedNumber).toEqual({ value: 20 });
    expect(c.comment.value).toBe('');
  });

  it('keeps an unreadable number as text (a SUM skips it, the check flags it)', () => {
    expect(cells({ plannedNumber: 'många' }).plannedNumber).toEqual({ value: 'många' });
  });

  it('writes a day as an Excel date, other dates as written', () => {
    expect(cells({ plannedDate: '2017-02-10' }).plannedDate).toEqual({
      value: 42776,
      numberFormat: DATE_FORMAT,
    });
    const c = cells({ plannedDate: '10/2' });
    expect(c.plannedDate).toEqual({ value: 42776, numberFormat: DATE_FORMAT });
    expect(c.comment.value).toBe(`${NOTE_PREFIX}Planerat datum ”10/2”`);
    expect(cells({ plannedDate: 'v. 6' }).plannedDate).toEqual({ value: 'v. 6' });
  });

  it('writes status as its canonical word and notes the word used', () => {
    const c = cells({ status: 'klar', reached: '12' });
    expect(c.status).toEqual({ value: 'Genomförd' });
    expect(c.comment.value).toBe(`${NOTE_PREFIX}Status ”klar”`);
    expect(cells({ status: 'inställd' }).status.value).toBe('Ej genomförd');
    expect(cells({ status: 'Planerad' }).comment.value).toBe('');
  });

  it('writes a known training as code and name, an unknown one as written', () => {
    expect(cells({ training: 'his 6' }).training.value).toBe('HiS6 Migration och psykisk hälsa – grundkurs');
    expect(cells({ training: 'his 6' }).comment.value).toBe('');
    expect(cells({ training: 'Yoga för alla' }).training.value).toBe('Yoga för alla');
  });

  it('puts the sender in the person column', () => {
    expect(cells({}).person.value).toBe('Anna Svensson');
  });
});

describe('contact cells', () => {
  const p = plan({ name: 'Anna Svensson', email: 'anna@example.se', phone: '', activities: [] });

  it('a new person gets every column and today as Plan inkommen', () => {
    const w = contactWrite(p.contact, null, '2017-02-01');
    expect(w.change).toBe('new');
    expect(w.cells.name).toEqual({ value: 'Anna Svensson' });
    expect(w.cells.email).toEqual({ value: 'anna@example.se' });
    expect(w.cells.planReceived).toEqual({ value: isoToSerial('2017-02-01'), numberFormat: DATE_FORMAT });
  });

  it('an existing row gets only what differs, and an empty field does not erase', () => {
    const w = contactWrite(
      p.contact,
      {
        name: 'Anna Svensson',
        title: 'Kurator',
        unit: 'Vårdcentralen Norr',
        region: 'Region Test',
        email: 'old@example.se',
        phone: '070-1',
        trainings: 'HiS6',
      },
      '2017-02-01',
    );
    expect(w.change).toBe('changed');
    expect(Object.keys(w.cells).sort()).toEqual(['email', 'planReceived']);
  });

  it('unchanged details only update the date', () => {
    const w = contactWrite(
      p.contact,
      {
        name: 'Anna Svensson',
        title: 'Kurator',
        unit: 'Vårdcentralen Norr',
        region: 'Region Test',
        email: 'anna@example.se',
        phone: '',
        trainings: 'HiS6',
      },
      '2017-02-01',
    );
    expect(w.change).toBe('unchanged');
    expect(Object.keys(w.cells)).toEqual(['planReceived']);
  });
});
