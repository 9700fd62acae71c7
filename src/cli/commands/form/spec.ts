import { msg } from '../../../i18n/messages.js';
import { lang, out, questionnaire, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.form'),
  arguments: [],
  options: [questionnaire, out(msg('help.opt.form-out')), lang],
} as const satisfies CommandSpec;
