// The reminder mail as the pane offers it: mailto: drafts in the pane's language, every address in
// bcc, subject and body encoded so that a link holds no space or line break, and split into
// several drafts where one link would be longer than a mail program takes (MAILTO_LIMIT).
import { reminderMail } from '../../src/core/flags/reminders';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { MAILTO_LIMIT, mailDrafts } from '../../src/taskpane/state/mailtoLink';

const list = [
  { name: 'Bo Ek', email: 'bo.ek@region.se' },
  { name: 'Cecilia Berg', email: 'cecilia@region.se' },
  { name: 'David Holm', email: '' },
];

function parts(link: string): URLSearchParams {
  expect(link.startsWith('mailto:?')).toBe(true);
  return new URLSearchParams(link.slice('mailto:?'.length));
}

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Person ${i}`,
    email: `spridningsledare.nummer${i}@vardcentral-exempel.region.se`,
  }));

describe('mailDrafts', () => {
  it('names the round and its due date in Swedish and puts every known address in bcc', () => {
    const drafts = mailDrafts(reminderMail('aterrap1', list, DEFAULT_SETTINGS), 'sv');
    expect(drafts.links).toHaveLength(1);
    const [link] = drafts.links;
    expect(link.startsWith('mailto:?bcc=')).toBe(true);
    expect(link).not.toMatch(/[ \r\n]/);
    const p = parts(link);
    expect(p.get('bcc')).toBe('bo.ek@region.se,cecilia@region.se');
    expect(p.get('subject')).toContain('Återrapportering 1');
    expect(p.get('body')).toContain('senast 2 februari 2017');
    expect(p.get('body')).toContain('\r\n');
    expect(drafts.bodyIncluded).toBe(true);
  });

  it('is English in English, without bcc when no address is known', () => {
    const drafts = mailDrafts(reminderMail('plan', [], DEFAULT_SETTINGS), 'en');
    expect(drafts.links).toHaveLength(1);
    expect(drafts.links[0]).not.toContain('bcc=');
    const p = parts(drafts.links[0]);
    expect(p.get('subject')).toBe('Reminder: your personal spread plan');
    expect(p.get('body')).toContain('by 2 February 2017');
    expect(p.get('body')).not.toMatch(/senast|Hej|Skicka/);
  });

  it('splits 150 addresses over drafts that each fit the limit, every address once, in order', () => {
    const people = many(150);
    const drafts = mailDrafts(reminderMail('aterrap2', people, DEFAULT_SETTINGS), 'sv');
    expect(drafts.links.length).toBeGreaterThan(1);
    for (const link of drafts.links) expect(link.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const bcc = drafts.links.flatMap((l) => parts(l).get('bcc')!.split(','));
    expect(bcc).toEqual(people.map((p) => p.email));
    expect(drafts.groups.flat()).toEqual(bcc);
    // Each draft carries the whole text, so each can be sent as it is.
    for (const link of drafts.links) expect(parts(link).get('body')).toContain('senast 22 mars 2017');
  });

  it('leaves the text out of the links when it leaves no room for an address', () => {
    const drafts = mailDrafts(reminderMail('plan', list, DEFAULT_SETTINGS), 'sv', 300);
    expect(drafts.bodyIncluded).toBe(false);
    for (const link of drafts.links) {
      expect(link.length).toBeLessThanOrEqual(300);
      expect(parts(link).get('body')).toBeNull();
    }
    expect(drafts.groups.flat()).toEqual(['bo.ek@region.se', 'cecilia@region.se']);
  });
});
