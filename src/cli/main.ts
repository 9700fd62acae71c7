// The command line: parses arguments, runs one command, and turns every failure into a
// message and an exit code. It returns the code instead of exiting, so tests can call it.
import { Command, CommanderError, Help } from 'commander';
import { wrap } from '../core/wrap.js';
import { msg, type Message } from '../i18n/messages.js';
import { InputError, InternalError, UsageError } from '../core/problems.js';
import type { Lang } from '../core/text.js';
import { isLang, LANGS, langFromEnv } from '../i18n/languages.js';
import { COMMANDS } from './commands/index.js';
import type { Command as CommandEntry } from './command-spec.js';
import { createContext, type CliIO, type Context } from './context.js';
import { PromptInterrupted } from '../questions/prompt-adapter.js';
import { VERSION } from './version.js';
import { EACH_WORKER_ARGUMENT } from './worker-role.js';

export const EXIT = { ok: 0, threshold: 1, invalid: 2, interrupted: 130 } as const;

// Started by `score --each` as one of its worker threads: score the territories it is sent, run no
// command. The argument first, as node:worker_threads costs every start-up a millisecond to load.
if (process.argv.includes(EACH_WORKER_ARGUMENT)) {
  void import('./commands/score/each-workers.js').then((workers) => {
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
    context.note(msg('cli.usage', { detail: context.say(msg('cli.bad-lang', { value: requested, allowed: LANGS })) }));
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
      return msg('usage.unknown-command', { token, commands: Object.keys(COMMANDS) });
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
  const program = programOf(context);
  for (const [name, entry] of Object.entries(COMMANDS)) addCommand(program, context, name, entry, setExit);
  return program;
}

/** The words of commander's own headings and of each command's help, in the user's language. */
function helpTexts(context: Context) {
  const t = (message: Message) => context.say(message);
  // Options and commands are titled through their help groups; "Usage:" and "Arguments:" are only
  // reachable through the title hook.
  const titles: Record<string, string> = { 'Usage:': t(msg('help.title.usage')), 'Arguments:': t(msg('help.title.arguments')) };
  const headings = (cmd: Command) => cmd.optionsGroup(t(msg('help.title.options'))).commandsGroup(t(msg('help.title.commands')));
  const output = {
    writeOut: (s: string) => void context.io.stdout.write(s),
    writeErr: (s: string) => void context.io.stderr.write(s),
    // Errors are written by handleError, in the user's language.
    outputError: () => undefined,
  };
  return { t, titles, headings, output };
}

/** The program itself: its help, version and the options given before the command. */
function programOf(context: Context): Command {
  const { t, titles, headings, output } = helpTexts(context);
  return headings(new Command('cocon'))
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
    .option('--lang <lang>', t(msg('help.opt.lang', { langs: LANGS })))
    // Program options only before the command, so `score … --lang en` stays the command's own;
    // one given before is handed to the command, as if written after it.
    .enablePositionalOptions()
    .hook('preAction', (self, action) => {
      const lang = self.opts()['lang'] as string | undefined;
      if (lang !== undefined && action.getOptionValue('lang') === undefined) action.setOptionValue('lang', lang);
    })
    .configureOutput(output);
}

/** One command of the table, as commander reads it; its handler is loaded when it runs. */
function addCommand(program: Command, context: Context, name: string, entry: CommandEntry, setExit: (code: number) => void): void {
  const { t, headings, output } = helpTexts(context);
  const { spec } = entry;
  const cmd = headings(program.command(name)).description(t(spec.help)).helpOption('-h, --help', t(msg('help.opt.help'))).exitOverride().configureOutput(output);
  for (const { name: argument, label } of spec.arguments) cmd.argument(argument, label);
  for (const option of spec.options) {
    if (option.kind === 'list') cmd.option(option.flags, t(option.help), (value: string, previous: string[] = []) => [...previous, value]);
    else cmd.option(option.flags, t(option.help));
  }
  if (spec.examples) {
    // Each starts as cocon was launched, so that it can be pasted as it is.
    cmd.addHelpText('after', () => `\n${t(msg('help.title.examples'))}\n${spec.examples!.map((e) => `  ${[context.commandName, name, e.args].filter(Boolean).join(' ')}\n      ${t(e.help)}\n`).join('')}`);
  }
  cmd.action(async () => {
    const { run } = await entry.load();
    setExit(await run(context, cmd.processedArgs, cmd.opts()));
  });
}
