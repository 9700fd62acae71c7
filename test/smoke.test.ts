// The built binary, as a user runs it: every other test drives main() in-process on the source,
// so these few check what only the build can break: the bundle, its V8 code cache, bin/cocon.js's
// wiring of the real process (the package npm would publish is installed and run by package.test.ts). `npm test`
// builds first; after editing src/, run `npm run build` before this file.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAscii } from 'node:buffer';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { BIN, cocon, ROOT } from './helpers.js';
import { runMain } from './memory-io.js';
import { codeCacheReport } from './code-cache.js';

const EXAMPLE = 'examples/intermediaire-plaine-des-sources.yaml';
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const BUNDLE = join(ROOT, 'dist/lib/cocon.cjs');
const CODE_CACHE = join(ROOT, 'dist/lib/cocon.cache');
const LIGHT_CODE_CACHE = join(ROOT, 'dist/lib/cocon-light.cache');

beforeAll(() => {
  expect(existsSync(BUNDLE) && existsSync(CODE_CACHE), 'dist/ is missing: run npm run build').toBe(true);
});

describe('the built binary', () => {
  it('prints its version', () => {
    expect(cocon(['--version'])).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
  });

  it('scores an example exactly as the source does', async () => {
    // JSON for the numbers; text for what the bundle carries of chalk and cli-table3.
    for (const format of ['json', 'text']) {
      const built = cocon(['score', EXAMPLE, '--format', format]);
      // Launched by its path: the command it suggests for the full report starts with that path.
      const source = await runMain(['score', EXAMPLE, '--format', format], { script: join(ROOT, 'bin/cocon.js'), cwd: ROOT });
      expect(built).toEqual(source);
      expect(built.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('score --each on worker threads writes what one thread writes, says the same, and exits the same', async () => {
    // Sixteen territories, one broken: more than the threads may get ahead of the one written.
    const base = mkdtempSync(join(tmpdir(), 'cocon-smoke-each-'));
    const dir = join(base, 'reseau');
    for (let i = 0; i < 5; i++) {
      cpSync(join(ROOT, 'examples/cinq-mondes-val-d-ambrelle'), join(dir, `cinq-${i}`), { recursive: true });
      cpSync(join(ROOT, 'examples/douze-mondes-coteaux-de-vernelle'), join(dir, `douze-${i}`), { recursive: true });
      cpSync(join(ROOT, 'examples/emergent-val-de-brume.yaml'), join(dir, `brume-${i}.yaml`));
    }
    mkdirSync(join(dir, 'casse'));
    writeFileSync(join(dir, 'casse', 'a.yaml'), 'questionnaire: { id: coconstruction-territoriale, version: 2.0.0 }\nrespondent: { territory: X }\n');
    const runs = [
      ['--fail-under', '45'],
      // Refused by a worker while it scores: the message and the code cross back to the command.
      ['--min-level', 'inconnue=ancre'],
    ];
    for (const extra of runs) {
      const results = ['1', '3'].map((jobs) => {
        const out = join(base, `sortie-${extra[0]}-${jobs}`);
        const run = cocon(['score', '--each', dir, '--out-dir', out, '--jobs', jobs, ...extra], { cwd: base });
        const files = existsSync(out) ? Object.fromEntries(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), 'utf8')])) : {};
        return { code: run.code, stdout: run.stdout, stderr: run.stderr.replaceAll(out, 'OUT'), files };
      });
      expect(results[1]).toEqual(results[0]);
      const source = await runMain(['score', '--each', dir, '--out-dir', join(base, `source-${extra[0]}`), ...extra]);
      expect(source.stderr.replaceAll(join(base, `source-${extra[0]}`), 'OUT')).toBe(results[0]!.stderr);
      expect(source.code).toBe(results[0]!.code);
    }
    // Fifteen diagnostics and the summary's two files; exit 2 for the broken territory.
    expect(readdirSync(join(base, 'sortie---fail-under-3'))).toHaveLength(17);
    expect(cocon(['score', '--each', dir, '--out-dir', join(base, 'x'), '--jobs', '2'], { cwd: base }).code).toBe(2);
  });

  it('score --each: a worker thread that stops mid-run ends the run with an error, no summary, no wait', () => {
    const base = mkdtempSync(join(tmpdir(), 'cocon-smoke-each-stop-'));
    const dir = join(base, 'reseau');
    for (let i = 0; i < 6; i++) cpSync(join(ROOT, 'examples/emergent-val-de-brume.yaml'), join(dir, `t${i}.yaml`));
    // Loaded by every thread (workers inherit -r): each worker stops as soon as it starts.
    const preload = join(base, 'stop-workers.cjs');
    writeFileSync(preload, "if (!require('node:worker_threads').isMainThread) setImmediate(() => process.exit(0));\n");
    const out = join(base, 'sortie');
    const run = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin/cocon.js'), 'score', '--each', dir, '--out-dir', out, '--jobs', '3'], { cwd: base, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env['PATH'] ?? '', LANG: 'fr_FR.UTF-8' } });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('a worker thread stopped (exit code 0)');
    expect(existsSync(join(out, 'summary.csv'))).toBe(false);
    expect(readdirSync(out).filter((name) => name.startsWith('summary'))).toEqual([]);
  });

  it('loads its bundle with the code cache the build made, warmed by real runs', () => {
    const warm = codeCacheReport(ROOT, true);
    // `false`: V8 accepted the cache (it is `undefined` without one, `true` when it does not match).
    expect(warm.rejected).toBe(false);
    // The build ran commands before saving the cache, so it holds more compiled functions than
    // loading the bundle alone compiles.
    const cold = codeCacheReport(ROOT, false);
    expect(cold.rejected).toBeUndefined();
    expect(readFileSync(CODE_CACHE).length).toBeGreaterThan(cold.size);
    // `list` and help load the light cache: accepted, and smaller than the full one.
    expect(warm.codeCache).toBe(CODE_CACHE);
    for (const argv of [['list'], ['--lang', 'en', 'list'], ['score', '--help']]) {
      expect(codeCacheReport(ROOT, true, argv), argv.join(' ')).toMatchObject({ rejected: false, codeCache: LIGHT_CODE_CACHE });
    }
    expect(readFileSync(LIGHT_CODE_CACHE).length).toBeLessThan(readFileSync(CODE_CACHE).length / 2);
  });

  it('without a terminal, `run` exits 2 and points to cocon score and cocon init', () => {
    // bin/cocon.js tells a terminal from a pipe itself (isatty), without opening stdin.
    const result = cocon(['run']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    // Started by its path (node bin/cocon.js): the commands it prints start with that path.
    expect(result.stderr).toContain('./bin/cocon.js init reponses.yaml');
    expect(result.stderr).toContain('./bin/cocon.js score reponses.yaml');
  });
});

describe('a closed stdout', () => {
  it('`cocon score … | head` ends quietly: no EPIPE stack trace, the usual exit code', async () => {
    // A report far larger than a pipe's buffer, so most of it is written after the reader has gone.
    const dir = mkdtempSync(join(tmpdir(), 'cocon-files-'));
    for (let i = 0; i < 200; i++) copyFileSync(join(ROOT, 'examples/multi-respondents/1-collectivite.yaml'), join(dir, `r${i}.yaml`));
    const child = spawn(process.execPath, [BIN, 'score', dir, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', LANG: 'fr_FR.UTF-8' } });
    // Like `head -c 1`: a reader that takes one byte, then closes the pipe.
    const reader = spawn(process.execPath, ['-e', 'process.stdin.once("readable", () => { process.stdin.read(1); process.exit(0); })'], { stdio: [child.stdout, 'ignore', 'ignore'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const [code] = await Promise.all([new Promise((resolve) => child.on('close', resolve)), new Promise((resolve) => reader.on('close', resolve))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
