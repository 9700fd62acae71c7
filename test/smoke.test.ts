// The built binary, as a user runs it: every other test drives main() in-process on the source,
// so these few check what only the build can break: the bundle, its V8 code cache, bin/cocon.js's
// wiring of the real process, and the package npm would publish, installed and run. `npm test`
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
import { findBrowser } from '../src/cli/pdf.js';

const EXAMPLE = 'examples/intermediaire-plaine-des-sources.yaml';
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const BUNDLE = join(ROOT, 'dist/lib/cocon.cjs');
const CODE_CACHE = join(ROOT, 'dist/lib/cocon.cache');
const LIGHT_CODE_CACHE = join(ROOT, 'dist/lib/cocon-light.cache');

beforeAll(() => {
  expect(existsSync(BUNDLE) && existsSync(CODE_CACHE), 'dist/ is missing: run npm run build').toBe(true);
});

/**
 * `npm pack`, then `npm install` of the tarball into a fresh prefix; returns the prefix. Started
 * at once, so the seconds npm takes pass while the tests of the bundle run.
 */
async function installPackage(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'cocon-pack-'));
  const prefix = join(work, 'prefix');
  const npm = async (args: string[]) => {
    try {
      return (await promisify(execFile)('npm', args, { cwd: ROOT, encoding: 'utf8' })).stdout;
    } catch (error) {
      throw new Error(`npm ${args.join(' ')} failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
    }
  };
  // The tarball carries the build already; its `prepare` script (the build) needs sources it
  // does not carry. Dependencies come from npm's cache, filled by `npm ci`.
  const [packed] = JSON.parse(await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work])) as { filename: string }[];
  await npm(['install', '--prefix', prefix, join(work, packed!.filename), '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--no-save']);
  return prefix;
}
const installation = installPackage();
// Its failure is reported by the tests that need it, not as an unhandled rejection before them.
installation.catch(() => undefined);

/** Runs a short ES module in a fresh node, as bin/cocon.js runs: same flags, so the same V8 cache rules. */
function nodeScript(code: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** What V8 made of the stored code cache when the bundle was loaded from `packageRoot`. */
function codeCacheReport(packageRoot: string, useCache: boolean, argv: string[] = []): { rejected: boolean | undefined; size: number; codeCache?: string } {
  const loader = pathToFileURL(join(packageRoot, 'bin/load-cli.js')).href;
  return JSON.parse(
    nodeScript(`
      const { loadCli } = await import(${JSON.stringify(loader)});
      const { script, codeCache } = loadCli({ useCache: ${useCache}, argv: ${JSON.stringify(argv)} });
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, size: script.createCachedData().length, codeCache }));
    `),
  ) as { rejected: boolean | undefined; size: number; codeCache?: string };
}

describe('the built binary', () => {
  it('prints its version', () => {
    expect(cocon(['--version'])).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
  });

  it('scores an example exactly as the source does', async () => {
    // JSON for the numbers; text for what the bundle carries of chalk and cli-table3.
    for (const format of ['json', 'text']) {
      const built = cocon(['score', EXAMPLE, '--format', format]);
      const source = await runMain(['score', EXAMPLE, '--format', format]);
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
    expect(result.stderr).toContain('cocon init reponses.yaml');
    expect(result.stderr).toContain('cocon score reponses.yaml');
  });
});

describe('the npm package, installed', () => {
  let prefix = '';
  const installed = (args: string[]) => {
    const result = spawnSync(join(prefix, 'node_modules/.bin/cocon'), args, {
      cwd: ROOT,
      // The bin's `#!/usr/bin/env node` must find the node running these tests.
      env: { PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`, LANG: 'fr_FR.UTF-8' },
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    prefix = await installation;
  });

  it('lists the bundled questionnaires', async () => {
    const result = installed(['list']);
    expect(result).toEqual(await runMain(['list']));
    expect(result.stdout).toMatch(/^coconstruction-territoriale\s+2\.0\.0\s[^\n]*\ncoconstruction-territoriale\s+1\.0\.0\s/);
  });

  it('scores an example exactly as the source does', async () => {
    const result = installed(['score', EXAMPLE, '--format', 'json']);
    expect(result).toEqual(await runMain(['score', EXAMPLE, '--format', 'json']));
    expect(validateDiagnostic(JSON.parse(result.stdout))).toBe(true);
  });

  it('ships its bundle and precompiled questionnaires in ASCII, read as Latin-1 (faster than UTF-8)', () => {
    const dist = join(prefix, 'node_modules', PACKAGE.name, 'dist');
    const files = [join(dist, 'lib/cocon.cjs'), ...readdirSync(join(dist, 'questionnaires')).filter((name) => name.endsWith('.json')).map((name) => join(dist, 'questionnaires', name))];
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(isAscii(readFileSync(file)), file).toBe(true);
  });

  it('follows a bundled questionnaire edited after the build: list and score read the YAML, not the stale copies', () => {
    // A copy beside the installed package, so its dependencies resolve the same way.
    const edited = join(prefix, 'node_modules', 'cocon-edited');
    cpSync(join(prefix, 'node_modules', PACKAGE.name), edited, { recursive: true });
    const yaml = join(edited, 'questionnaires/coconstruction-territoriale.yaml');
    const text = readFileSync(yaml, 'utf8');
    expect(text).toContain('Maturité de la co-construction territoriale');
    writeFileSync(yaml, text.replace('Maturité de la co-construction territoriale', 'Maturité modifiée'));
    const run = (args: string[]) => spawnSync(process.execPath, [join(edited, 'bin/cocon.js'), ...args], { cwd: ROOT, env: { LANG: 'fr_FR.UTF-8' }, encoding: 'utf8' });
    const listed = run(['list']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/^coconstruction-territoriale\s+2\.0\.0\s+Maturité modifiée\s+37 questions\ncoconstruction-territoriale\s+1\.0\.0\s+Maturité de la co-construction territoriale\s/);
    const scored = run(['score', EXAMPLE, '--format', 'json']);
    expect(scored.status).toBe(0);
    expect(JSON.parse(scored.stdout).questionnaire.title.fr).toBe('Maturité modifiée');
  });

  it.skipIf(!findBrowser(process.env))('prints a PDF: playwright-core comes with it (an optional dependency, installed by default)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cocon-pdf-')), 'r.pdf');
    const result = installed(['score', EXAMPLE, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('uses the code cache it ships', () => {
    expect(codeCacheReport(join(prefix, 'node_modules', PACKAGE.name), true).rejected).toBe(false);
    expect(codeCacheReport(join(prefix, 'node_modules', PACKAGE.name), true, ['list']).rejected).toBe(false);
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
