import { msg } from '../../../i18n/messages.js';
import { lang, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.list'),
  arguments: [],
  options: [lang],
  examples: [
    example('', msg('help.ex.list.1')),
  ],
} as const satisfies CommandSpec;
