// The one seam between `cocon run` and the terminal: flows talk to this interface, tests
// script it, and the real implementation (inquirer) is imported only when a person runs it.

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** Kept in sight on a terminal too short for every option: shown first rather than paged out of view. */
  pinned?: boolean;
}

export interface PromptAdapter {
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** `validate` sees the ticked values; a string refuses them with that message and keeps the prompt open. */
  checkbox<T>(options: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: (values: T[]) => true | string }): Promise<T[]>;
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

/** Thrown by an adapter when the person presses Ctrl-C or closes the terminal. */
export class PromptInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'PromptInterrupted';
  }
}
