// Messages as codes: what core and excel say to a person is a code with parameters, never a
// sentence. The sentences live in src/messages/<lang>/, one catalogue per language, and are
// rendered by the pane and the CLI (Swedish by default, English on request).
//
// To add a message: add its code and sample parameters to the group file of its area (or a new
// group, listed in ALL_MESSAGE_SAMPLES below), then a sentence for it in src/messages/sv and
// src/messages/en. The types make a missing sentence a compile error; test/core/messages checks
// that every sentence renders and uses every parameter.
import type { ParamShape } from './define';
import { cliMessages } from './cli';
import { commonMessages } from './common';
import { workbookMessages } from './workbook';
import { flagMessages } from './flags';
import { importMessages } from './import';
import { importBatchMessages } from './importBatch';
import { planMessages } from './plan';
import { settingsMessages } from './settings';
import { totalsMessages } from './totals';
import { readingMessages } from './reading';
import { fileMessages } from './file';
import { goalsMessages } from './goals';
import { statusMessages } from './status';
import { progressMessages } from './progress';
import { checkMessages } from './checks';

export { defineMessages, oneOf, type ParamShape, type ParamValue } from './define';

/** Every group of messages. Add a new group here (one line) and in both catalogues. */
export const ALL_MESSAGE_SAMPLES = {
  ...commonMessages,
  ...workbookMessages,
  ...planMessages,
  ...flagMessages,
  ...importMessages,
  ...importBatchMessages,
  ...settingsMessages,
  ...totalsMessages,
  ...cliMessages,
  ...readingMessages,
  ...fileMessages,
  ...goalsMessages,
  ...statusMessages,
  ...progressMessages,
  ...checkMessages,
} as const;

type Samples = typeof ALL_MESSAGE_SAMPLES;

/** Parameters of each code, widened from the samples (a sample string stands for any string). */
export type MessageParamMap = { [C in keyof Samples]: Widen<Samples[C]> };
export type MessageCode = keyof MessageParamMap;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

type Widen<T> = {
  -readonly [K in keyof T]: T[K] extends string
    ? true extends IsUnion<T[K]>
      ? T[K] // a union of literals (`oneOf<Round>('plan')`) stays as it is
      : string // one sample string stands for any string
    : T[K] extends number
      ? number
      : T[K] extends boolean
        ? boolean
        : readonly string[];
};

/** One message: a code and its parameters. */
export type Message<C extends MessageCode = MessageCode> = {
  [K in C]: { code: K; params: MessageParamMap[K] };
}[C];

/** Makes a message; the parameters are checked against the code. */
export function msg<C extends MessageCode>(code: C, params: MessageParamMap[C]): Message<C> {
  return { code, params };
}

/** The sample parameters of a code (for tests and previews of the catalogue). */
export function sampleParams(code: MessageCode): ParamShape {
  return ALL_MESSAGE_SAMPLES[code];
}

/**
 * An error whose message is a code: thrown by core and excel, rendered by the pane and the CLI.
 * `details`: the problems behind it (e.g. each wrong setting), rendered after the message.
 */
export class MessageError extends Error {
  constructor(
    readonly msg: Message,
    readonly details: readonly Message[] = [],
  ) {
    super(msg.code); // the code only: a sentence is rendered where the language is known
    this.name = 'MessageError';
  }
}
