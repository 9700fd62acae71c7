import { msg } from '../../../i18n/messages.js';
import { argument, flag, lang, out, questionnaire, value, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.export'),
  arguments: [argument('<answers...>', 'FILE|DIR')],
  options: [
    questionnaire,
    value('-f, --format <format>', msg('help.opt.export-format')),
    out(msg('help.opt.export-out')),
    value('--separator <char>', msg('help.opt.separator')),
    flag('--per-respondent', msg('help.opt.export-per-respondent')),
    flag('--attribute', msg('help.opt.export-attribute')),
    lang,
  ],
  examples: [
    example('reponses/ --per-respondent > reponses.csv', msg('help.ex.export.1')),
    example('reponses/ --per-respondent --out reponses.xlsx', msg('help.ex.export.2')),
  ],
} as const satisfies CommandSpec;
