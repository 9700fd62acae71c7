import { msg } from '../../../i18n/messages.js';
import { argument, format, lang, out, questionnaire, target, targets, value, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.compare'),
  arguments: [argument('[inputs...]', 'OLD NEW [MORE…]: DIAGNOSTIC.json|FILE|DIR')],
  options: [
    questionnaire,
    format('comparison'),
    out(),
    value('--fail-on-regression <n>', msg('help.opt.fail-on-regression')),
    targets,
    target,
    lang,
    value('--history <dir>', msg('help.opt.compare-history')),
  ],
  examples: [
    example('diagnostic-2025.json diagnostic-2026.json', msg('help.ex.compare.1')),
    example('diagnostic-2025.json diagnostic-2026.json --format html --out evolution.html', msg('help.ex.compare.2')),
  ],
} as const satisfies CommandSpec;
