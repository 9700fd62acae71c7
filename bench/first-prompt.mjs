// Time from launching `cocon run` in a pseudo-terminal to its first prompt on screen, against bare
// `node -e ""` launched the same way (same pseudo-terminal wrapper, until it has exited), measured
// in the same run and interleaved, so a slow or busy machine shifts both sides alike.
//   node bench/first-prompt.mjs          (BENCH_RUNS=N for the number of runs, 11 by default)
// Prints one line per variant: first prompt cocon run: 130 ms (node baseline 60 ms), ratio 2.17 (1.9–2.4; median of 11)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 11));
const TIMEOUT_MS = 30_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quote = (s) => `'${s.replace(/'/g, "'\\''")}'`;

if (!existsSync(join(root, 'dist'))) {
  console.error('first prompt: dist/ is missing, run "npm run build" first');
  process.exit(2);
}

/**
 * Milliseconds from launch until `marker` is on the pseudo-terminal (then the process is stopped),
 * or, without a marker, until the command has exited.
 */
function timeInTerminal(command, marker, cwd) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // util-linux `script` gives the command a real pseudo-terminal, as a person's terminal would.
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { ...process.env, TERM: 'xterm', LANG: 'fr_FR.UTF-8', NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      const elapsed = performance.now() - start;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (error) reject(error);
      else resolve(elapsed);
    };
    const timer = setTimeout(() => finish(new Error(`${marker ? `no "${marker}"` : 'no exit'} after ${TIMEOUT_MS / 1000} s: ${output.slice(-300)}`)), TIMEOUT_MS);
    child.on('error', finish);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (marker && output.includes(marker)) finish();
    });
    child.on('exit', (code) => {
      if (!marker) finish(code === 0 ? undefined : new Error(`exited ${code}: ${output.slice(-300)}`));
      else if (!done) finish(new Error(`exited ${code} before "${marker}": ${output.slice(-300)}`));
    });
  });
}

const node = process.execPath;
const range = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
const work = mkdtempSync(join(tmpdir(), 'cocon-bench-'));
try {
  const bare = `${quote(node)} -e ""`;
  // The first prompt asks for the territory; the welcome line before it does not say the word.
  const marker = 'Territoire';
  // As a user starts it (the bundled questionnaire), and with a questionnaire file of one's own.
  const variants = [
    ['cocon run', ''],
    ['cocon run --questionnaire FILE', ` --questionnaire ${quote(join(root, 'test/fixtures/mini.yaml'))}`],
  ];
  for (const [name, extra] of variants) {
    const cocon = (i) => `${quote(node)} ${quote(join(root, 'bin/cocon.js'))} run${extra} --answers ${quote(join(work, `answers-${i}.yaml`))}`;
    // Warm-up: file-system caches and the V8 code cache, for both sides.
    await timeInTerminal(bare, undefined, work);
    await timeInTerminal(cocon('warm-up'), marker, work);
    const baseline = [];
    const firstPrompt = [];
    for (let i = 0; i < runs; i++) {
      baseline.push(await timeInTerminal(bare, undefined, work));
      firstPrompt.push(await timeInTerminal(cocon(i), marker, work));
    }
    const perRun = firstPrompt.map((value, i) => value / baseline[i]);
    const ratio = median(perRun);
    // `runs` interleaved runs, both through the same pseudo-terminal wrapper: median times, and
    // the median and range of the per-run ratios.
    console.log(`first prompt ${name}: ${median(firstPrompt).toFixed(0)} ms (node baseline ${median(baseline).toFixed(0)} ms), ratio ${ratio.toFixed(2)} (${range(perRun)}; median of ${runs})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
