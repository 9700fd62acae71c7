import { msg } from '../../../i18n/messages.js';
import { argument, force, lang, questionnaire, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.init'),
  arguments: [argument('[file]', 'FILE')],
  options: [questionnaire, force, lang],
} as const satisfies CommandSpec;
