import { msg } from '../../../i18n/messages.js';
import { argument, flag, force, lang, out, questionnaire, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.migrate'),
  arguments: [argument('<file>', 'FILE')],
  options: [questionnaire, out(msg('help.opt.migrate-out')), flag('--in-place', msg('help.opt.in-place')), force, lang],
  examples: [
    example('reponses-2025.yaml', msg('help.ex.migrate.1')),
    example('reponses-2025.yaml --out nouvelles.yaml', msg('help.ex.migrate.2')),
  ],
} as const satisfies CommandSpec;
