import { isAbsolute, sep } from 'node:path';
import type { Lang } from '../core/text.js';
import { say, type Message } from '../i18n/messages.js';
import type { Problem } from '../core/problems.js';
import type { PromptAdapter } from '../questions/prompt-adapter.js';
import { detectCommandName } from './command-name.js';
import { annotation, inGitHubActions } from './github.js';
import { PACKAGE_ROOT } from './paths.js';
import { PACKAGE_NAME } from './version.js';
import { localDate } from './local-date.js';
import { plainLine } from '../core/sanitize.js';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InputStream {
  isTTY?: boolean;
}

/** Everything the CLI may touch of the outside world; tests pass their own. */
export interface CliIO {
  argv: readonly string[];
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: InputStream;
  env?: Record<string, string | undefined>;
  /** The folder relative paths start from; the process's own by default. */
  cwd?: string;
  /** Today, for dates written in answers files. */
  now?: () => Date;
  /** The prompts used by `cocon run`; the real terminal ones by default. */
  prompts?: PromptAdapter;
  /** How cocon was launched (`cocon`, `npx cocon`), for the commands it prints; found from env by default. */
  commandName?: string;
  /** The script the process was started by (`process.argv[1]`): a cocon launched by its path prints that path. */
  script?: string;
}

export interface Context {
  io: CliIO;
  env: Record<string, string | undefined>;
  lang: Lang;
  /**
   * Colour on stdout: on a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR (any value but 0 or
   * false) asks for it on a pipe too, as a CI log shows it, and FORCE_COLOR=0 turns it off (Node's rules).
   */
  colorOut: boolean;
  width: number;
  /** Where a path typed by the user is on disk. Messages keep showing it as typed. */
  resolve(path: string): string;
  /** The person's calendar day (YYYY-MM-DD), from io.now. */
  today(): string;
  /** `cocon`, `npx cocon` or the path cocon was started by: the start of every command printed for the person to paste. */
  readonly commandName: string;
  say(message: Message): string;
  /** A line on stderr. */
  note(message: Message): void;
  problems(problems: readonly Problem[]): void;
}

export function createContext(io: CliIO, lang: Lang): Context {
  const env = io.env ?? {};
  const colorAllowed = !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  const force = env['FORCE_COLOR'];
  const forced = force === undefined ? undefined : force !== '0' && force !== 'false';
  let commandName = io.commandName;
  const context: Context = {
    io,
    env,
    lang,
    colorOut: forced ?? (colorAllowed && io.stdout.isTTY === true),
    width: Math.max(60, Math.min(io.stdout.columns ?? 80, 120)),
    resolve: (path) => resolveFrom(io.cwd, path),
    today: () => localDate(io.now?.() ?? new Date()),
    // Found only when a command is printed: it looks along the PATH.
    get commandName() {
      const launch = io.script === undefined ? undefined : { script: io.script, cwd: io.cwd ?? process.cwd(), packageRoot: PACKAGE_ROOT, packageName: PACKAGE_NAME };
      return (commandName ??= detectCommandName(env, launch));
    },
    say: (message) => say(message, lang),
    // Messages echo file names and values from files: each is made one inert line here.
    note: (message) => void io.stderr.write(`${plainLine(say(message, lang))}\n`),
    // Inside a GitHub Actions job each problem is an annotation GitHub shows on the file's line.
    problems: (problems) => {
      const github = inGitHubActions(env);
      for (const p of problems) {
        if (github) io.stderr.write(`${annotation('error', plainLine(say(p.message, lang)), { file: p.file, line: p.line, col: p.col })}\n`);
        else io.stderr.write(`${plainLine(`${p.file}:${p.line}:${p.col}: ${say(p.message, lang)}`)}\n`);
      }
    },
  };
  return context;
}

/**
 * A relative path joined to `cwd` as the operating system would join it to the process's folder:
 * not normalised, so `link/..` and a trailing `/` mean what they mean to the file system, and an
 * empty argument stays empty (it names no file; it is not the folder itself).
 */
export function resolveFrom(cwd: string | undefined, path: string): string {
  if (cwd === undefined || path === '' || isAbsolute(path)) return path;
  return cwd.endsWith(sep) ? `${cwd}${path}` : `${cwd}${sep}${path}`;
}
