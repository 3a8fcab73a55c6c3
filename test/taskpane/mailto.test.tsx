// The reminder mail as the pane offers it: a mailto: link in the pane's language, every address
// in bcc, subject and body encoded so that the link holds no space or line break.
import { reminderMail } from '../../src/core/flags/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { mailtoLink } from '../../src/taskpane/state/mailtoLink';

const list = [
  { name: 'Bo Ek', email: 'bo.ek@region.se' },
  { name: 'Cecilia Berg', email: 'cecilia@region.se' },
  { name: 'David Holm', email: '' },
];

function parts(link: string): URLSearchParams {
  expect(link.startsWith('mailto:?')).toBe(true);
  return new URLSearchParams(link.slice('mailto:?'.length));
}

describe('mailtoLink', () => {
  it('names the round and its due date in Swedish and puts every known address in bcc', () => {
    const link = mailtoLink(reminderMail('aterrap1', list, DEFAULT_SETTINGS), 'sv');
    expect(link.startsWith('mailto:?bcc=')).toBe(true);
    expect(link).not.toMatch(/[ \r\n]/);
    const p = parts(link);
    expect(p.get('bcc')).toBe('bo.ek@region.se,cecilia@region.se');
    expect(p.get('subject')).toContain('Återrapportering 1');
    expect(p.get('body')).toContain('senast 2 februari 2017');
    expect(p.get('body')).toContain('\r\n');
  });

  it('is English in English, without bcc when no address is known', () => {
    const link = mailtoLink(reminderMail('plan', [], DEFAULT_SETTINGS), 'en');
    expect(link).not.toContain('bcc=');
    const p = parts(link);
    expect(p.get('subject')).toBe('Reminder: your personal spread plan');
    expect(p.get('body')).toContain('by 2 February 2017');
    expect(p.get('body')).not.toMatch(/senast|Hej|Skicka/);
  });
});
