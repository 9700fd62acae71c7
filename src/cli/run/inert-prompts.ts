// `cocon run` shows questionnaire texts (a questionnaire may come from anyone) in its prompts and
// on stderr: they are made inert here, once, for every prompt. Line breaks are kept, since
// prompts and help are laid out on several lines; every other control character becomes visible.
import { plainLine } from '../../core/sanitize.js';
import type { Choice, PromptAdapter } from '../../questions/prompt-adapter.js';

/** Text for a terminal, on as many lines as it has: each line inert. */
export function inertText(text: string): string {
  return text.split('\n').map(plainLine).join('\n');
}

function inertChoice<C extends Choice<unknown>>(choice: C): C {
  return { ...choice, name: inertText(choice.name), ...(choice.description !== undefined ? { description: inertText(choice.description) } : {}) };
}

/** The same prompts, with every message and choice shown inert. Answers (and defaults) are untouched. */
export function inertPrompts(prompts: PromptAdapter): PromptAdapter {
  return {
    select: (options) => prompts.select({ ...options, message: inertText(options.message), choices: options.choices.map(inertChoice) }),
    checkbox: (options) => prompts.checkbox({ ...options, message: inertText(options.message), choices: options.choices.map(inertChoice) }),
    input: (options) => prompts.input({ ...options, message: inertText(options.message) }),
    confirm: (options) => prompts.confirm({ ...options, message: inertText(options.message) }),
  };
}
