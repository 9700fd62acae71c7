import { msg } from '../../../i18n/messages.js';
import { argument, force, lang, questionnaire, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.init'),
  arguments: [argument('[file]', 'FILE')],
  options: [questionnaire, force, lang],
  examples: [
    example('mes-reponses.yaml', msg('help.ex.init.1')),
    example('--questionnaire mon-referentiel.yaml > reponses-mini.yaml', msg('help.ex.init.2')),
  ],
} as const satisfies CommandSpec;
