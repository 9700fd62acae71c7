import { msg } from '../../../i18n/messages.js';
import { argument, format, lang, out, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.report'),
  arguments: [argument('<diagnostic>', 'DIAGNOSTIC.json|RAPPORT.html')],
  options: [format('diagnostic'), out(), lang],
} as const satisfies CommandSpec;
