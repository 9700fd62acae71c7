import type { Message } from './message.js';

/** Something wrong in an input file, with where it is (1-based line and column). */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: Message;
}

/** Thrown when input cannot be used; carries every problem found, not just the first. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message.key}`).join('\n'));
    this.name = 'InputError';
  }
}

/** A problem with the command line rather than with a file. */
export class UsageError extends Error {
  constructor(readonly detail: Message) {
    super(detail.key);
    this.name = 'UsageError';
  }
}

/** cocon broke its own contract (a diagnostic that does not match its schema): a bug, said without a stack trace. */
export class InternalError extends Error {
  constructor(readonly detail: Message) {
    super(detail.key);
    this.name = 'InternalError';
  }
}
