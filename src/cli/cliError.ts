// A failure the CLI reports on stderr as it is, with its exit code (1 unreadable input, 2 wrong
// usage): a sentence already in the CLI's language, or the file layer's own (workbookSession).
// The CLI's own failures are MessageErrors, rendered by main; anything else that escapes is a
// bug and exits 1 with a generic sentence.
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
