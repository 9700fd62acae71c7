// How the person launched cocon, so that every command we print can be pasted as it is: after
// `npm install` in a project, `cocon` is not on the shell's PATH and only `npx cocon` works.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * `cocon` when a `cocon` executable is on the PATH and cocon was not started by npm or npx
 * (they put the project's node_modules/.bin on the PATH of the process only); `npx cocon` otherwise.
 */
export function detectCommandName(env: Record<string, string | undefined>, platform = process.platform): string {
  // npx sets npm_command=exec; every npm script and npx sets npm_lifecycle_event.
  if (env['npm_command'] || env['npm_lifecycle_event']) return 'npx cocon';
  const names = platform === 'win32' ? ['cocon.cmd', 'cocon.exe', 'cocon'] : ['cocon'];
  for (const folder of (env['PATH'] ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      try {
        accessSync(join(folder, name), constants.X_OK);
        return 'cocon';
      } catch {
        // Not here.
      }
    }
  }
  return 'npx cocon';
}

/** One argument as a POSIX shell reads it back unchanged: bare when safe, else in single quotes. */
export function shellQuote(argument: string): string {
  return /^[\w./:=@%+,-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}

/** A printable command line: `cocon` as launched, then the arguments, each quoted as needed. */
export function commandLine(commandName: string, args: readonly string[]): string {
  return [commandName, ...args.map(shellQuote)].join(' ');
}
