import { fileURLToPath } from 'node:url';
import { main, type CliIO } from '../src/cli/main.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process, on the TypeScript source, with in-memory streams: no terminal, French
 * unless told otherwise, relative paths from the repository root whatever vitest's own folder.
 */
export async function runMain(argv: string[], overrides: Partial<CliIO> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { LANG: 'fr_FR.UTF-8' },
    cwd: ROOT,
    ...overrides,
  });
  return { code, stdout, stderr };
}
