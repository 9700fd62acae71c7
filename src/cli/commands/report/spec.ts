import { msg } from '../../../i18n/messages.js';
import { argument, format, lang, out, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.report'),
  arguments: [argument('<diagnostic>', 'DIAGNOSTIC.json|RAPPORT.html')],
  options: [format('diagnostic'), out(), lang],
  examples: [
    example('diagnostic.json --format md --lang en --out diagnostic.en.md', msg('help.ex.report.1')),
    example('rapport.html --format json', msg('help.ex.report.2')),
  ],
} as const satisfies CommandSpec;
