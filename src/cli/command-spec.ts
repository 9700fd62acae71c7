// What a command is, as data: its arguments, its options and its help, read by main.ts to build
// the command line, by the help and by the tests; its handler is loaded only when it runs. The
// options a handler receives are typed from its spec, so a renamed option fails the build instead
// of arriving as `undefined`.
import { msg, type Message } from '../i18n/messages.js';
import { formatsOf, type DocumentKind } from '../render/registry.js';
import { LANGS } from '../i18n/languages.js';
import type { Context } from './context.js';

/** `<name>` (required), `[name]` (optional), `<name...>` or `[name...]` (any number). */
export interface ArgumentSpec<N extends string = string> {
  readonly name: N;
  /** What the help shows for it: `FILE|DIR`. */
  readonly label: string;
}

/** `value`: `--out <file>` gives a string; `flag`: `--force` gives true; `list`: a value that may repeat. */
export type OptionKind = 'value' | 'flag' | 'list';

export interface OptionSpec<F extends string = string, K extends OptionKind = OptionKind> {
  /** As commander reads them: `-o, --out <file>`. */
  readonly flags: F;
  readonly kind: K;
  readonly help: Message;
}

/**
 * A command line the help shows under « Exemples », as ESLint and markdownlint-cli2 do: run by
 * test/documented-commands.test.ts on the files of examples/commandes/, expecting `exit`.
 */
export interface ExampleSpec {
  /** What follows `cocon COMMAND`, as typed in a POSIX shell (a redirection included). */
  readonly args: string;
  readonly help: Message;
  /** Its exit code on the files of examples/commandes/: 0 unless said. */
  readonly exit?: number;
}

export interface CommandSpec {
  /** The command's line in `cocon --help` and the first line of its own help. */
  readonly help: Message;
  readonly arguments: readonly ArgumentSpec[];
  /** In the order the help lists them. */
  readonly options: readonly OptionSpec[];
  /** Shown at the end of the command's help, each starting as cocon was launched. */
  readonly examples?: readonly ExampleSpec[];
}

// The types a handler receives, read from the spec.
type LongName<F extends string> = F extends `${string}--${infer Rest}` ? (Rest extends `${infer Name} ${string}` ? Name : Rest) : never;
/** `fail-under` → `failUnder`, as commander names the option's value. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type ValueOf<K extends OptionKind> = K extends 'flag' ? boolean : K extends 'list' ? string[] : string;
type ArgumentValue<N extends string> = N extends `${string}...${string}` ? string[] : N extends `[${string}` ? string | undefined : string;

/** The options of a command, by the name commander gives them; each one absent unless given. */
export type OptionsOf<S extends CommandSpec> = {
  [O in S['options'][number] as CamelCase<LongName<O['flags']>>]?: ValueOf<O['kind']>;
};
type ArgumentValues<T extends readonly ArgumentSpec[]> = { -readonly [I in keyof T]: T[I] extends ArgumentSpec<infer N> ? ArgumentValue<N> : never };
/** The arguments of a command, in order. */
export type ArgumentsOf<S extends CommandSpec> = ArgumentValues<S['arguments']>;

/** What a command does: its exit code, or a thrown InputError / UsageError for bad input. */
export type Handler<S extends CommandSpec> = (context: Context, args: ArgumentsOf<S>, options: OptionsOf<S>) => Promise<number>;

/**
 * A command as the table lists it: its spec, and its handler loaded on first use. `run` is a method
 * so that every command fits `Command` (main.ts hands it what commander parsed for that spec);
 * `command()` below is where a handler is held to its own spec's types.
 */
export interface Command<S extends CommandSpec = CommandSpec> {
  readonly spec: S;
  load(): Promise<{ run(context: Context, args: ArgumentsOf<S>, options: OptionsOf<S>): Promise<number> }>;
}

/** One line of the table: the spec, and the handler whose types must be the spec's. */
export function command<const S extends CommandSpec>(spec: S, load: () => Promise<{ run: Handler<S> }>): Command<S> {
  return { spec, load };
}

export function example(args: string, help: Message, exit?: number): ExampleSpec {
  return exit === undefined ? { args, help } : { args, help, exit };
}

export function argument<const N extends string>(name: N, label: string): ArgumentSpec<N> {
  return { name, label };
}

export function value<const F extends `${string}<${string}>`>(flags: F, help: Message): OptionSpec<F, 'value'> {
  return { flags, kind: 'value', help };
}

export function flag<const F extends string>(flags: F, help: Message): OptionSpec<F, 'flag'> {
  return { flags, kind: 'flag', help };
}

export function list<const F extends `${string}<${string}>`>(flags: F, help: Message): OptionSpec<F, 'list'> {
  return { flags, kind: 'list', help };
}

// Presets: the options several commands share, worded once.
export const lang = value('--lang <lang>', msg('help.opt.lang', { langs: LANGS }));
export const questionnaire = value('-q, --questionnaire <path|id>', msg('help.opt.questionnaire'));
/** `--format`, listing the formats the registry knows for this document. */
export const format = (kind: DocumentKind) => value('-f, --format <format>', msg('help.opt.format', { formats: formatsOf(kind).join(', ') }));
/** `--out`, with the help that says what is written. */
export const out = (help: Message = msg('help.opt.out')) => value('-o, --out <file>', help);
export const force = flag('--force', msg('help.opt.force'));
export const targets = value('--targets <file>', msg('help.opt.targets'));
export const target = list('--target <dim=value>', msg('help.opt.target'));
