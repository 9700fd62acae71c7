import { msg } from '../../../i18n/messages.js';
import { lang, out, questionnaire, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.form'),
  arguments: [],
  options: [questionnaire, out(msg('help.opt.form-out')), lang],
  examples: [
    example('--out questionnaire.html', msg('help.ex.form.1')),
    example('--questionnaire mon-referentiel.yaml --lang en --out form-en.html', msg('help.ex.form.2')),
  ],
} as const satisfies CommandSpec;
