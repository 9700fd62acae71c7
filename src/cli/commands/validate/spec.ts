import { msg } from '../../../i18n/messages.js';
import { argument, lang, questionnaire, value, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.validate'),
  arguments: [argument('<files...>', 'FILE')],
  options: [questionnaire, value('-f, --format <format>', msg('help.opt.validate-format')), lang],
} as const satisfies CommandSpec;
