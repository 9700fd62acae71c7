// Drives the built binary in a real pseudo-terminal through util-linux `script`, like a person
// at a keyboard: wait until a prompt is on screen, then type.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/**
 * Why no pseudo-terminal can be made here, or undefined when one can. Tests that need one skip
 * with this reason (printed once per file), except in CI (CI set), where it is an error: there
 * they must always run.
 */
export const NO_PTY: string | undefined = (() => {
  // util-linux's `script` (BSD's, on macOS, takes other options).
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.includes('util-linux')) return undefined;
  const reason = 'util-linux `script` is not installed (Debian: apt-get install bsdutils), so no pseudo-terminal can be made';
  if (process.env['CI']) throw new Error(`CI must run the pseudo-terminal tests, but ${reason}`);
  console.warn(`pseudo-terminal tests skipped: ${reason}`);
  return reason;
})();

export const KEYS = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' } as const;

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;?]*[a-zA-Z]|\u001b[()][A-Z0-9]|\r/g, '');

export class PtySession {
  private output = '';
  private mark = 0;
  private readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(command: string, options: { cwd: string; env?: Record<string, string>; size?: { cols: number; rows: number } }) {
    // `stty` gives the terminal a size: prompts wrap and paginate against it.
    const { cols, rows } = options.size ?? { cols: 120, rows: 50 };
    this.child = spawn('script', ['-qfec', `stty cols ${cols} rows ${rows}; ${command}`, '/dev/null'], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', TERM: 'xterm-256color', LANG: 'fr_FR.UTF-8', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Everything shown so far, without terminal escape codes. */
  get screen(): string {
    return stripAnsi(this.output);
  }

  /** Waits until `text` appears in what was shown since the last key sent. */
  async waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const recent = stripAnsi(this.output.slice(this.mark));
      if (typeof text === 'string' ? recent.includes(text) : text.test(recent)) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen ends with:\n${recent.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Types keys, then waits for the screen to settle on what comes next. */
  async type(...keys: string[]): Promise<void> {
    this.mark = this.output.length;
    for (const key of keys) {
      this.child.stdin!.write(key);
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  async answer(prompt: string | RegExp, ...keys: string[]): Promise<void> {
    await this.waitFor(prompt);
    await this.type(...keys);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
