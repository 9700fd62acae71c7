import { msg } from '../../../i18n/messages.js';
import { flag, format, lang, out, questionnaire, value, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.run'),
  arguments: [],
  options: [
    questionnaire,
    value('-a, --answers <file>', msg('help.opt.answers')),
    flag('--resume', msg('help.opt.resume')),
    format('diagnostic'),
    out(),
    lang,
  ],
  examples: [
    example('', msg('help.ex.run.1')),
    example('--answers atelier.yaml --resume', msg('help.ex.run.2')),
  ],
} as const satisfies CommandSpec;
