// A failure the CLI reports on stderr in Swedish with its exit code (1 unreadable input,
// 2 wrong usage). Anything else that escapes is a bug and exits 1 with a generic sentence.
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
