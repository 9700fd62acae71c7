import { msg } from '../../../i18n/messages.js';
import { argument, format, lang, out, value, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.benchmark'),
  arguments: [argument('<diagnostics...>', 'FILE|DIR')],
  options: [
    value('--territory <name>', msg('help.opt.territory')),
    value('--mine <diagnostic>', msg('help.opt.mine')),
    value('--by <attribute>', msg('help.opt.by')),
    value('--attributes <file.csv>', msg('help.opt.attributes')),
    value('--min-group <k>', msg('help.opt.min-group')),
    format('benchmark'),
    out(),
    lang,
  ],
} as const satisfies CommandSpec;
