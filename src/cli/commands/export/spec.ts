import { msg } from '../../../i18n/messages.js';
import { argument, flag, lang, out, questionnaire, value, type CommandSpec } from '../../command-spec.js';

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
} as const satisfies CommandSpec;
