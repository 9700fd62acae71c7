import { msg } from '../../../i18n/messages.js';
import { argument, flag, force, lang, out, questionnaire, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.migrate'),
  arguments: [argument('<file>', 'FILE')],
  options: [questionnaire, out(msg('help.opt.migrate-out')), flag('--in-place', msg('help.opt.in-place')), force, lang],
} as const satisfies CommandSpec;
