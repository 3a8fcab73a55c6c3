// A mail draft as an .eml file (RFC 5322, MIME): UTF-8 subject as encoded words, the body as
// quoted-printable UTF-8 text, the pre-filled plan attached (base64). Composed by nodemailer's
// MailComposer — it sends nothing: the file is opened by the coordinator's mail program.
// `X-Unsent: 1` makes Outlook open it as a draft to send from the coordinator's own account;
// without --from the draft has no From (the mail program fills in the account sending it).
import MailComposer from 'nodemailer/lib/mail-composer';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface MailDraft {
  to: string;
  from?: string;
  subject: string;
  text: string;
  attachment: { filename: string; content: Uint8Array; contentType: string };
}

export function emlBytes(draft: MailDraft): Promise<Uint8Array> {
  const composer = new MailComposer({
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
    subject: draft.subject,
    // RFC 5322 lines end in CRLF; the quoted-printable encoder keeps the breaks it is given.
    text: draft.text.replace(/\r?\n/g, '\r\n'),
    textEncoding: 'quoted-printable',
    headers: { 'X-Unsent': '1' },
    attachments: [
      {
        filename: draft.attachment.filename,
        content: Buffer.from(draft.attachment.content),
        contentType: draft.attachment.contentType,
      },
    ],
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((err, message) => {
      if (err) reject(err);
      else resolve(new Uint8Array(message));
    });
  });
}
