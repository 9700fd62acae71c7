import type { Choice, PromptAdapter } from '../src/questions/prompt-adapter.js';
import { PromptInterrupted } from '../src/questions/prompt-adapter.js';

/** One scripted reply: pick choices by (part of) their visible name, type text, confirm, or press Ctrl-C. */
export type Reply = { pick: string } | { check: string[] } | { text: string } | { confirm: boolean } | 'interrupt';

export interface Shown {
  kind: 'select' | 'checkbox' | 'input' | 'confirm';
  message: string;
  choices: string[];
  default?: unknown;
}

/** A PromptAdapter that replays replies in order and records every prompt it was shown. */
export function fakePrompts(replies: Reply[]): PromptAdapter & { shown: Shown[]; remaining: () => number } {
  const queue = [...replies];
  const shown: Shown[] = [];
  const next = (prompt: Shown): Exclude<Reply, 'interrupt'> => {
    shown.push(prompt);
    const reply = queue.shift();
    if (reply === undefined) throw new Error(`no scripted reply left for prompt: ${prompt.message}`);
    if (reply === 'interrupt') throw new PromptInterrupted();
    return reply;
  };
  const find = <T>(choices: Choice<T>[], name: string): T => {
    const choice = choices.find((c) => c.name === name) ?? choices.find((c) => c.name.includes(name));
    if (!choice) throw new Error(`no choice "${name}" among: ${choices.map((c) => c.name).join(' | ')}`);
    return choice.value;
  };
  return {
    shown,
    remaining: () => queue.length,
    async select(options) {
      const reply = next({ kind: 'select', message: options.message, choices: options.choices.map((c) => c.name), default: options.default });
      if (!('pick' in reply)) throw new Error(`expected a pick for "${options.message}", got ${JSON.stringify(reply)}`);
      return find(options.choices, reply.pick);
    },
    async checkbox(options) {
      const reply = next({ kind: 'checkbox', message: options.message, choices: options.choices.map((c) => c.name) });
      if (!('check' in reply)) throw new Error(`expected a check for "${options.message}", got ${JSON.stringify(reply)}`);
      return reply.check.map((name) => find(options.choices, name));
    },
    async input(options) {
      const reply = next({ kind: 'input', message: options.message, choices: [], default: options.default });
      if (!('text' in reply)) throw new Error(`expected text for "${options.message}", got ${JSON.stringify(reply)}`);
      const value = reply.text === '' ? (options.default ?? '') : reply.text;
      const valid = options.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`input refused: ${valid}`);
      return value;
    },
    async confirm(options) {
      const reply = next({ kind: 'confirm', message: options.message, choices: [] });
      if (!('confirm' in reply)) throw new Error(`expected a confirm for "${options.message}", got ${JSON.stringify(reply)}`);
      return reply.confirm;
    },
  };
}
