import { msg } from '../../../i18n/messages.js';
import { argument, flag, format, lang, list, out, questionnaire, target, targets, value, example, type CommandSpec } from '../../command-spec.js';

export const spec = {
  help: msg('help.score'),
  arguments: [argument('<answers...>', 'FILE|DIR')],
  options: [
    questionnaire,
    format('diagnostic'),
    out(),
    value('--fail-under <n>', msg('help.opt.fail-under')),
    list('--min-level <dimension=level>', msg('help.opt.min-level')),
    value('--min-coverage <pct>', msg('help.opt.min-coverage')),
    value('--gate-on <estimate>', msg('help.opt.gate-on')),
    value('--min-group-size <k>', msg('help.opt.min-group-size')),
    flag('--attribute', msg('help.opt.attribute')),
    value('--history <dir>', msg('help.opt.score-history')),
    flag('--each', msg('help.opt.each')),
    value('--out-dir <dir>', msg('help.opt.out-dir')),
    value('--jobs <n>', msg('help.opt.jobs')),
    targets,
    target,
    lang,
  ],
  examples: [
    example('reponses.yaml', msg('help.ex.score.1')),
    example('reponses/ --out rapport.html', msg('help.ex.score.2')),
    example('reponses.yaml --fail-under 50 --min-level dialogue=structure', msg('help.ex.score.3'), 1),
    example('--each reseau/ --out-dir sortie/', msg('help.ex.score.4')),
  ],
} as const satisfies CommandSpec;
