// How the person launched cocon, so that every command we print can be pasted as it is: after
// `npm install` in a project, `cocon` is not on the shell's PATH and only `npx cocon` works; a
// cocon started by its path is printed with that path.
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Where this cocon was started from: the script the shell ran (`process.argv[1]`), its folder, the package. */
export interface Launch {
  /** The executable as Node was given it (absolute, as Node makes `process.argv[1]`). */
  script: string;
  cwd: string;
  /** The installed package's folder (holding bin/ and dist/). */
  packageRoot: string;
  /** The package's name on npm, for `npx NAME` where `npx cocon` would find another package. */
  packageName: string;
}

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const real = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};
/** Whether `folder` is `ancestor` or lies inside it. */
const within = (folder: string, ancestor: string): boolean => {
  const path = relative(ancestor, folder);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * - Started by npm or npx: `npx cocon` when npx finds this package from the folder (installed in
 *   a project above it, or the clone itself), else `npx NAME` (npx's own cache: `npx cocon` would
 *   fetch another package of the registry, named cocon).
 * - `cocon` when the `cocon` on the PATH is this one (any `cocon` when the launch is unknown).
 * - Otherwise the path it was started by: relative to the folder when inside it, else absolute.
 */
export function detectCommandName(env: Record<string, string | undefined>, launch?: Launch, platform = process.platform): string {
  // npx sets npm_command=exec; every npm script and npx sets npm_lifecycle_event.
  if (env['npm_command'] || env['npm_lifecycle_event']) {
    if (!launch) return 'npx cocon';
    const root = real(launch.packageRoot);
    const cwd = real(launch.cwd);
    const installedAbove = root.endsWith(`${sep}node_modules${sep}${launch.packageName}`) && within(cwd, root.slice(0, -`${sep}node_modules${sep}${launch.packageName}`.length));
    return installedAbove || within(cwd, root) ? 'npx cocon' : `npx ${launch.packageName}`;
  }
  const names = platform === 'win32' ? ['cocon.cmd', 'cocon.exe', 'cocon'] : ['cocon'];
  for (const folder of (env['PATH'] ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      const candidate = join(folder, name);
      if (isExecutable(candidate) && (!launch || real(candidate) === real(launch.script))) return 'cocon';
    }
  }
  if (!launch) return 'npx cocon';
  const inside = within(launch.script, launch.cwd);
  const path = inside ? `.${sep}${relative(launch.cwd, launch.script)}` : launch.script;
  return isExecutable(launch.script) ? shellQuote(path) : `node ${shellQuote(path)}`;
}

/** One argument as a POSIX shell reads it back unchanged: bare when safe, else in single quotes. */
export function shellQuote(argument: string): string {
  return /^[\w./:=@%+,-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}

/** A printable command line: `cocon` as launched, then the arguments, each quoted as needed. */
export function commandLine(commandName: string, args: readonly string[]): string {
  return [commandName, ...args.map(shellQuote)].join(' ');
}
