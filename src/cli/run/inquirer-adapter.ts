// The real prompts, on the terminal. Imported only by `cocon run`, so no other command pays for inquirer.
// The four prompts cocon uses, one package each: @inquirer/prompts would bring a dozen more.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import select, { Separator } from '@inquirer/select';
import { WriteStream } from 'node:tty';
import { Chalk } from 'chalk';
import type { Lang } from '../../core/text.js';
import { words } from '../../i18n/catalogues.js';
import { PromptInterrupted, type Choice, type PromptAdapter } from '../../questions/prompt-adapter.js';
import { layoutChoices } from './choice-layout.js';

type Streams = {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Aborting it ends the prompt on screen (or the next one, at once) with PromptInterrupted. */
  signal?: AbortSignal;
  /** The language of inquirer's own words: key hints and the yes/no hint. */
  lang: Lang;
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

/**
 * Inquirer's themes, in the user's language. The key hint line keeps inquirer's look
 * ("↑↓ navigate • ⏎ select", keys bold, actions dim); inquirer names each key and action in
 * English, and the catalogue gives the words for them.
 */
function themes(lang: Lang) {
  const w = words(lang).run;
  // Inquirer colours when the environment allows it (its own test, repeated here).
  const c = new Chalk({ level: WriteStream.prototype.hasColors?.() ? 1 : 0 });
  const word = (english: string) => (w.keys as Record<string, string>)[english] ?? english;
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${c.bold(word(key))} ${c.dim(word(action))}`).join(c.dim(' • '));
  return {
    list: { style: { keysHelpTip } },
    confirm: (fallback: boolean | undefined) => ({
      theme: { style: { defaultAnswer: () => c.dim(`(${fallback === false ? w.confirmHint.no : w.confirmHint.yes})`) } },
      transformer: (answer: boolean) => (answer ? w.yes : w.no),
    }),
  };
}

export function createInquirerAdapter(streams: Streams): PromptAdapter {
  const theme = themes(streams.lang);
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false, ...(streams.signal ? { signal: streams.signal } : {}) };
  // Measured at each prompt: the terminal may have been resized in between.
  const fit = <C extends Choice<unknown>>(choices: readonly C[], message: string, indent: number) => {
    const terminal = streams.output as { columns?: number; rows?: number };
    const laid = layoutChoices(choices, message, { columns: terminal.columns ?? 80, rows: terminal.rows ?? 24 }, indent);
    const shown: (C | Separator)[] = [...laid.choices];
    if (laid.separatorAt !== undefined) shown.splice(laid.separatorAt, 0, new Separator());
    return { choices: shown, pageSize: laid.pageSize, loop: false };
  };
  return {
    // A select line starts with "❯ ", a checkbox line with "❯◯ ".
    select: (options) => guard(select({ message: options.message, ...fit(options.choices, options.message, 2), default: options.default, theme: theme.list }, context)),
    checkbox: (options) => {
      const validate = options.validate;
      return guard(checkbox({
        message: options.message,
        ...fit(options.choices, options.message, 3),
        theme: theme.list,
        // "All" and "invert" would tick "don't know" and "back" along with the answers.
        shortcuts: { all: null, invert: null },
        ...(validate ? { validate: (choices: readonly { value: (typeof options.choices)[number]['value'] }[]) => validate(choices.map((c) => c.value)) } : {}),
      }, context));
    },
    input: (options) => guard(input({ message: options.message, default: options.default, validate: options.validate }, context)),
    confirm: (options) => guard(confirm({ message: options.message, default: options.default, ...theme.confirm(options.default) }, context)),
  };
}
