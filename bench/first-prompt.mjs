// Time from launching `cocon run` in a pseudo-terminal to its first prompt on screen, against
// bare node printing a line through the same pseudo-terminal, measured in the same run.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 11);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds until `marker` shows in the terminal, then the process is stopped. */
function timeToScreen(command, marker) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: mkdtempSync(join(tmpdir(), 'cocon-bench-')), env: { ...process.env, TERM: 'xterm', LANG: 'fr_FR.UTF-8' } });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${marker}" after 20 s: ${output.slice(-300)}`));
    }, 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes(marker)) {
        const elapsed = performance.now() - start;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(elapsed);
      }
    });
  });
}

const node = process.execPath;
const cocon = `${node} ${root}bin/cocon.js run --questionnaire ${root}test/fixtures/mini.yaml --answers bench.yaml`;
const baseline = [];
const firstPrompt = [];
await timeToScreen(cocon, 'Territoire');
for (let i = 0; i < runs; i++) {
  baseline.push(await timeToScreen(`${node} -e "console.log('Territoire')"`, 'Territoire'));
  firstPrompt.push(await timeToScreen(cocon, 'Territoire'));
}
const ratio = median(firstPrompt) / median(baseline);
console.log(`first prompt cocon run: ${median(firstPrompt).toFixed(0)} ms, bare node printing a line: ${median(baseline).toFixed(0)} ms, ratio ${ratio.toFixed(2)} (median of ${runs}, both through a pseudo-terminal)`);
