import { main, type CliIO } from '../src/cli/main.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with in-memory streams (no terminal, French unless told otherwise). */
export async function runMain(argv: string[], overrides: Partial<CliIO> = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { LANG: 'fr_FR.UTF-8' },
    ...overrides,
  });
  return { code, stdout, stderr };
}
