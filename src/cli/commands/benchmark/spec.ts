import { msg } from '../../../i18n/messages.js';
import { argument, format, lang, out, value, example, type CommandSpec } from '../../command-spec.js';

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
  examples: [
    example('sortie/ --by contexte-population', msg('help.ex.benchmark.1')),
    example('sortie/ --territory Val-de-Brume --min-group 2', msg('help.ex.benchmark.2')),
  ],
} as const satisfies CommandSpec;
