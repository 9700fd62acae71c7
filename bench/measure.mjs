// What every bench script measures with: node commands run in a work folder, timed (elapsed and
// processor time) with their peak memory, interleaved with their baseline after a warm-up round,
// and figures as the median with the range of the per-run ratios.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const range = (values) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
export const ms = (value) => `${value.toFixed(0)} ms`;
export const mb = (kilobytes) => `${(kilobytes / 1024).toFixed(0)} MB`;

/** "1.42 (1.30–1.61)": the median and the range of the per-run ratios. */
export function ratio(measure, baseline, key = 'elapsed') {
  const perRun = measure[key].map((value, i) => value / baseline[key][i]);
  return `${median(perRun).toFixed(2)} (${range(perRun)})`;
}

/** `run` and `interleave` for commands started in `work` (the repository is `root`). */
export function measurer(root, work) {
  const usageFile = join(work, 'usage.json');

  /**
   * Runs node with `args` in `work`: its elapsed time (ms) and, with `usage`, its processor time (ms)
   * and peak resident memory (kB). `expect: null` accepts any exit code.
   */
  function run(args, { usage = false, expect = 0 } = {}) {
    const preload = usage ? ['-r', join(root, 'bench/resource-usage.cjs')] : [];
    const start = performance.now();
    const result = spawnSync(process.execPath, [...preload, ...args], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, COCON_BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    const elapsed = performance.now() - start;
    if (expect !== null && result.status !== expect) throw new Error(`node ${args.join(' ').slice(0, 200)} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    const used = usage ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
    return { elapsed, status: result.status, stderr: result.stderr, cpu: used?.cpu, rss: used?.maxRSS };
  }

  /**
   * Times each of `commands` (name → node arguments) `runs` times, interleaved, after one warm-up
   * round (file-system cache, code cache); returns, per name, the elapsed and processor times and
   * peak memories.
   */
  function interleave(commands, runs, options) {
    const results = Object.fromEntries(Object.keys(commands).map((name) => [name, { elapsed: [], cpu: [], rss: [] }]));
    for (const args of Object.values(commands)) run(args, options);
    for (let i = 0; i < runs; i++) {
      for (const [name, args] of Object.entries(commands)) {
        const { elapsed, cpu, rss } = run(args, options);
        results[name].elapsed.push(elapsed);
        if (cpu !== undefined) results[name].cpu.push(cpu);
        if (rss !== undefined) results[name].rss.push(rss);
      }
    }
    return results;
  }

  return { run, interleave, ratio, median, range, ms, mb };
}
