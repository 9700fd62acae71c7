// The command line: parses arguments, runs one command, and turns every failure into a
// message and an exit code. It returns the code instead of exiting, so tests can call it.
import { Command, CommanderError, Help, Option } from 'commander';
import { wrap } from '../core/wrap.js';
import { msg, type Message } from '../i18n/messages.js';
import { InputError, InternalError, UsageError } from '../core/problems.js';
import { isLang, langFromEnv, type Lang } from '../core/text.js';
import { formatsOf } from '../render/registry.js';
import { createContext, type CliIO, type Context } from './context.js';
import { PromptInterrupted } from '../questions/prompt-adapter.js';
import { VERSION } from './version.js';
import { EACH_WORKER_ARGUMENT } from './worker-role.js';

export const EXIT = { ok: 0, threshold: 1, invalid: 2, interrupted: 130 } as const;

// Started by `score --each` as one of its worker threads: score the territories it is sent, run no
// command. The argument first, as node:worker_threads costs every start-up a millisecond to load.
if (process.argv.includes(EACH_WORKER_ARGUMENT)) {
  void import('./commands/each-workers.js').then((workers) => {
    if (workers.isEachWorker()) workers.serveEachWorker();
  });
}

export type { CliIO };

export async function main(io: CliIO): Promise<number> {
  const env = io.env ?? {};
  const requested = findLangArgument(io.argv);
  const lang: Lang = requested && isLang(requested) ? requested : langFromEnv(env);
  const context = createContext(io, lang);
  if (requested !== undefined && !isLang(requested)) {
    context.note(msg('cli.usage', { detail: context.say(msg('cli.bad-lang', { value: requested })) }));
    return EXIT.invalid;
  }
  let exitCode: number = EXIT.ok;
  const program = buildProgram(context, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(context, error);
  }
}

function handleError(context: Context, error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    if (error.code === 'commander.executeSubCommandAsync') return EXIT.ok;
    context.note(msg('cli.usage', { detail: context.say(usageMessage(error)) }));
    return EXIT.invalid;
  }
  if (error instanceof InputError) {
    context.problems(error.problems);
    return EXIT.invalid;
  }
  if (error instanceof UsageError) {
    context.note(msg('cli.usage', { detail: context.say(error.detail) }));
    return EXIT.invalid;
  }
  if (error instanceof PromptInterrupted) return EXIT.interrupted;
  if (error instanceof InternalError) {
    context.note(msg('cli.unexpected', { detail: context.say(error.detail) }));
    return EXIT.invalid;
  }
  const detail = error instanceof Error ? error.message : String(error);
  context.note(msg('cli.unexpected', { detail }));
  if (context.env['COCON_DEBUG'] && error instanceof Error && error.stack) context.io.stderr.write(`${error.stack}\n`);
  return EXIT.invalid;
}

function usageMessage(error: CommanderError): Message {
  const token = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return msg('usage.unknown-option', { token });
    case 'commander.unknownCommand':
      return msg('usage.unknown-command', { token });
    case 'commander.missingArgument':
      return msg('usage.missing-argument', { token });
    case 'commander.optionMissingArgument':
      return msg('usage.option-missing-argument', { token });
    case 'commander.excessArguments':
      return msg('usage.excess-arguments');
    default:
      return msg('usage.other', { detail: error.message.replace(/^error: /, '') });
  }
}

/** --lang must be known before commander runs, so help and errors are already in that language. */
function findLangArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

function buildProgram(context: Context, setExit: (code: number) => void): Command {
  const t = (message: Message) => context.say(message);
  const out = context.io;
  const writeOut = (s: string) => void out.stdout.write(s);
  // Commander's own headings, in the user's language: options and commands through their help
  // groups; "Usage:" and "Arguments:" are only reachable through the title hook.
  const titles: Record<string, string> = { 'Usage:': t(msg('help.title.usage')), 'Arguments:': t(msg('help.title.arguments')) };
  const headings = (cmd: Command) => cmd.optionsGroup(t(msg('help.title.options'))).commandsGroup(t(msg('help.title.commands')));
  const program = headings(new Command('cocon'))
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      // Commander would break lines at the no-break spaces of French typography.
      boxWrap(this: Help, text: string, width: number) {
        return width < this.minWidthToWrap ? text : wrap(text, width).join('\n');
      },
    })
    .description(t(msg('help.program')))
    .version(VERSION, '-V, --version', t(msg('help.opt.version')))
    .helpOption('-h, --help', t(msg('help.opt.help')))
    .exitOverride()
    .showSuggestionAfterError(false)
    .helpCommand('help [command]', t(msg('help.opt.help')))
    // Also before the command (`cocon --lang en score …`): findLangArgument has already read it.
    .option('--lang <lang>', t(msg('help.opt.lang')))
    // Program options only before the command, so `score … --lang en` stays the command's own;
    // one given before is handed to the command, as if written after it.
    .enablePositionalOptions()
    .hook('preAction', (self, action) => {
      const lang = self.opts()['lang'] as string | undefined;
      if (lang !== undefined && action.getOptionValue('lang') === undefined) action.setOptionValue('lang', lang);
    })
    .configureOutput({
      writeOut,
      writeErr: (s) => void out.stderr.write(s),
      // Errors are written by handleError, in the user's language.
      outputError: () => undefined,
    });
  const lang = () => new Option('--lang <lang>', t(msg('help.opt.lang')));
  const command = (name: string, description: Message) =>
    headings(program.command(name)).description(t(description)).helpOption('-h, --help', t(msg('help.opt.help'))).exitOverride().configureOutput({
      writeOut,
      writeErr: (s) => void out.stderr.write(s),
      outputError: () => undefined,
    });
  const formats = formatsOf('diagnostic').join(', ');

  command('score', msg('help.score'))
    .argument('<answers...>', 'FILE|DIR')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-f, --format <format>', t(msg('help.opt.format', { formats })))
    .option('-o, --out <file>', t(msg('help.opt.out')))
    .option('--fail-under <n>', t(msg('help.opt.fail-under')))
    .option('--min-level <dimension=level>', t(msg('help.opt.min-level')), (value: string, previous: string[] = []) => [...previous, value])
    .option('--min-coverage <pct>', t(msg('help.opt.min-coverage')))
    .option('--gate-on <estimate>', t(msg('help.opt.gate-on')))
    .option('--min-group-size <k>', t(msg('help.opt.min-group-size')))
    .option('--attribute', t(msg('help.opt.attribute')))
    .option('--history <dir>', t(msg('help.opt.score-history')))
    .option('--each', t(msg('help.opt.each')))
    .option('--out-dir <dir>', t(msg('help.opt.out-dir')))
    .option('--jobs <n>', t(msg('help.opt.jobs')))
    .option('--targets <file>', t(msg('help.opt.targets')))
    .option('--target <dim=value>', t(msg('help.opt.target')), (value: string, previous: string[] = []) => [...previous, value])
    .addOption(lang())
    .action(async (inputs: string[], options) => {
      const { scoreCommand } = await import('./commands/score.js');
      setExit(await scoreCommand(context, inputs, options));
    });

  command('report', msg('help.report'))
    .argument('<diagnostic>', 'DIAGNOSTIC.json|RAPPORT.html')
    .option('-f, --format <format>', t(msg('help.opt.format', { formats })))
    .option('-o, --out <file>', t(msg('help.opt.out')))
    .addOption(lang())
    .action(async (file: string, options) => {
      const { reportCommand } = await import('./commands/report.js');
      setExit(await reportCommand(context, file, options));
    });

  command('compare', msg('help.compare'))
    .argument('[inputs...]', 'OLD NEW [MORE…]: DIAGNOSTIC.json|FILE|DIR')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-f, --format <format>', t(msg('help.opt.format', { formats: formatsOf('comparison').join(', ') })))
    .option('-o, --out <file>', t(msg('help.opt.out')))
    .option('--fail-on-regression <n>', t(msg('help.opt.fail-on-regression')))
    .option('--targets <file>', t(msg('help.opt.targets')))
    .option('--target <dim=value>', t(msg('help.opt.target')), (value: string, previous: string[] = []) => [...previous, value])
    .addOption(lang())
    .option('--history <dir>', t(msg('help.opt.compare-history')))
    .action(async (inputs: string[], options) => {
      const { compareCommand } = await import('./commands/compare.js');
      setExit(await compareCommand(context, inputs, options));
    });

  command('benchmark', msg('help.benchmark'))
    .argument('<diagnostics...>', 'FILE|DIR')
    .option('--territory <name>', t(msg('help.opt.territory')))
    .option('--mine <diagnostic>', t(msg('help.opt.mine')))
    .option('--by <attribute>', t(msg('help.opt.by')))
    .option('--attributes <file.csv>', t(msg('help.opt.attributes')))
    .option('--min-group <k>', t(msg('help.opt.min-group')))
    .option('-f, --format <format>', t(msg('help.opt.format', { formats: formatsOf('benchmark').join(', ') })))
    .option('-o, --out <file>', t(msg('help.opt.out')))
    .addOption(lang())
    .action(async (inputs: string[], options) => {
      const { benchmarkCommand } = await import('./commands/benchmark.js');
      setExit(await benchmarkCommand(context, inputs, options));
    });

  command('validate', msg('help.validate'))
    .argument('<files...>', 'FILE')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-f, --format <format>', t(msg('help.opt.validate-format')))
    .addOption(lang())
    .action(async (files: string[], options) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(await validateCommand(context, files, options));
    });

  command('init', msg('help.init'))
    .argument('[file]', 'FILE')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('--force', t(msg('help.opt.force')))
    .addOption(lang())
    .action(async (file: string | undefined, options) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(context, file, options));
    });

  command('list', msg('help.list'))
    .addOption(lang())
    .action(async () => {
      const { listCommand } = await import('./commands/list.js');
      setExit(await listCommand(context));
    });

  command('run', msg('help.run'))
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-a, --answers <file>', t(msg('help.opt.answers')))
    .option('--resume', t(msg('help.opt.resume')))
    .option('-f, --format <format>', t(msg('help.opt.format', { formats })))
    .option('-o, --out <file>', t(msg('help.opt.out')))
    .addOption(lang())
    .action(async (options) => {
      const { runCommand } = await import('./commands/run.js');
      setExit(await runCommand(context, options));
    });

  command('form', msg('help.form'))
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-o, --out <file>', t(msg('help.opt.form-out')))
    .addOption(lang())
    .action(async (options) => {
      const { formCommand } = await import('./commands/form.js');
      setExit(await formCommand(context, options));
    });

  command('export', msg('help.export'))
    .argument('<answers...>', 'FILE|DIR')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-f, --format <format>', t(msg('help.opt.export-format')))
    .option('-o, --out <file>', t(msg('help.opt.export-out')))
    .option('--separator <char>', t(msg('help.opt.separator')))
    .option('--attribute', t(msg('help.opt.export-attribute')))
    .addOption(lang())
    .action(async (inputs: string[], options) => {
      const { exportCommand } = await import('./commands/export.js');
      setExit(await exportCommand(context, inputs, options));
    });

  command('migrate', msg('help.migrate'))
    .argument('<file>', 'FILE')
    .option('-q, --questionnaire <path|id>', t(msg('help.opt.questionnaire')))
    .option('-o, --out <file>', t(msg('help.opt.migrate-out')))
    .option('--in-place', t(msg('help.opt.in-place')))
    .option('--force', t(msg('help.opt.force')))
    .addOption(lang())
    .action(async (file: string, options) => {
      const { migrateCommand } = await import('./commands/migrate.js');
      setExit(await migrateCommand(context, file, options));
    });

  return program;
}
