import { msg } from '../../../i18n/messages.js';
import { lang, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.list'),
  arguments: [],
  options: [lang],
} as const satisfies CommandSpec;
