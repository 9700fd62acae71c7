import { msg } from '../../../i18n/messages.js';
import { argument, lang, questionnaire, value, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.validate'),
  arguments: [argument('<files...>', 'FILE')],
  options: [questionnaire, value('-f, --format <format>', msg('help.opt.validate-format')), lang],
  examples: [
    example('reponses.yaml mon-referentiel.yaml', msg('help.ex.validate.1')),
    example('--format github reponses/*.yaml', msg('help.ex.validate.2')),
  ],
} as const satisfies CommandSpec;
