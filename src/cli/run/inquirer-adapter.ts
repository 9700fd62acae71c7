// The real prompts, on the terminal. Imported only by `cocon run`, so no other command pays for inquirer.
import { checkbox, confirm, input, select } from '@inquirer/prompts';
import { PromptInterrupted, type PromptAdapter } from '../../questions/prompt-adapter.js';

type Streams = {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborting it ends the prompt on screen (or the next one, at once) with PromptInterrupted. */
  signal?: AbortSignal;
};

/** Ctrl-C (inquirer's ExitPromptError) or an abort becomes PromptInterrupted, the one signal the flow knows. */
async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new PromptInterrupted();
    throw error;
  }
}

export function createInquirerAdapter(streams: Streams): PromptAdapter {
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false, ...(streams.signal ? { signal: streams.signal } : {}) };
  return {
    select: (options) => guard(select({ message: options.message, choices: options.choices, default: options.default, pageSize: 12, loop: false }, context)),
    checkbox: (options) => {
      const validate = options.validate;
      return guard(checkbox({
        message: options.message,
        choices: options.choices,
        pageSize: 12,
        loop: false,
        // "All" and "invert" would tick "don't know" and "back" along with the answers.
        shortcuts: { all: null, invert: null },
        ...(validate ? { validate: (choices: readonly { value: (typeof options.choices)[number]['value'] }[]) => validate(choices.map((c) => c.value)) } : {}),
      }, context));
    },
    input: (options) => guard(input({ message: options.message, default: options.default, validate: options.validate }, context)),
    confirm: (options) => guard(confirm({ message: options.message, default: options.default }, context)),
  };
}
