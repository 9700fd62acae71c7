// Issue 21, item 4: cocon writes only regular files and reads every input within a byte budget.
// No test here names a real device as an output: a regression would replace it for the whole
// machine. Outputs are FIFOs (mkfifo needs no privilege) and device nodes made in a temporary
// folder (mknod, as root: CI containers); real devices are only ever read.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { runMain } from './memory-io.js';
import { FIXTURES, ROOT } from './helpers.js';
import { fr } from './french.js';
import { fakePrompts } from './fake-prompts.js';

const work = mkdtempSync(join(tmpdir(), 'cocon-devices-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PETIT = 'test/fixtures/errors/petit.yaml';
const VALID = 'test/fixtures/errors/a-valid.yaml';
const MINI = join(FIXTURES, 'mini.yaml');
const ALICE = join(FIXTURES, 'answers/alice.yaml');
const OLD_ANSWERS = join(FIXTURES, 'answers-1.0.0/depart-haut-vallon.yaml');
const V1 = ['-q', 'coconstruction-territoriale@1.0.0'];
let counter = 0;
const fresh = (name: string) => {
  const dir = join(work, `${counter++}`);
  mkdirSync(dir);
  return join(dir, name);
};

function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr}`);
  return path;
}

/** A character device like /dev/null (1, 3), made in the test's own folder; undefined when not root. */
function deviceNode(path: string): string | undefined {
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0 ? path : undefined;
}
const canMknod = deviceNode(join(work, 'probe')) !== undefined;
// Under CI (a root container) a device node can always be made: never skipped there.
const NO_MKNOD = !canMknod && process.env['CI'] !== 'true';

const kindOf = (path: string) => {
  const info = lstatSync(path);
  return info.isFIFO() ? 'fifo' : info.isCharacterDevice() ? 'device' : info.isSymbolicLink() ? 'link' : info.isFile() ? 'file' : 'other';
};

const NOT_REGULAR = { fifo: fr("c'est un tube nommé (FIFO), pas un fichier ordinaire"), device: fr("c'est un périphérique, pas un fichier ordinaire") };

/** Every command that writes, with `OUT` where its output goes. */
async function writers(): Promise<[string, string[]][]> {
  const diagnostic = join(work, 'diagnostic.json');
  const oldDiagnostic = join(work, 'old.json');
  const bench = join(work, 'bench');
  if (!(await exists(diagnostic))) {
    expect((await runMain(['score', 'examples/suivi-val-de-brume/2026-03-14.yaml', ...V1, '--format', 'json', '--out', diagnostic])).code).toBe(0);
    expect((await runMain(['score', 'examples/suivi-val-de-brume/2025-03-11.yaml', ...V1, '--format', 'json', '--out', oldDiagnostic])).code).toBe(0);
    mkdirSync(bench);
    for (let i = 0; i < 3; i++) copyFileSync(diagnostic, join(bench, `t${i}.json`));
  }
  return [
    ['score', ['score', VALID, '--questionnaire', PETIT, '--out', 'OUT']],
    ['report', ['report', diagnostic, '--format', 'md', '--out', 'OUT']],
    ['compare', ['compare', oldDiagnostic, diagnostic, '--format', 'md', '--out', 'OUT']],
    ['benchmark', ['benchmark', bench, '--format', 'md', '--out', 'OUT']],
    ['export', ['export', '--per-respondent', ALICE, '--questionnaire', MINI, '--out', 'OUT']],
    ['form', ['form', '--questionnaire', PETIT, '--out', 'OUT']],
    ['init', ['init', 'OUT', '--questionnaire', PETIT, '--force']],
    ['migrate', ['migrate', OLD_ANSWERS, '--out', 'OUT', '--force']],
  ];
}
async function exists(path: string): Promise<boolean> {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

describe('4. an output that is not a regular file is refused, and left as it is', () => {
  it('a FIFO (and a link to one) as the output of every writer: exit 2, said, still a FIFO', async () => {
    for (const [name, args] of await writers()) {
      for (const through of ['direct', 'link'] as const) {
        const node = fifo(fresh('out.md'));
        const out = through === 'link' ? join(node, '..', 'link.md') : node;
        if (through === 'link') symlinkSync(node, out);
        const result = await runMain(args.map((a) => (a === 'OUT' ? out : a)));
        expect([name, through, result.code], result.stderr).toEqual([name, through, 2]);
        expect(result.stderr, name).toContain(NOT_REGULAR.fifo);
        expect(kindOf(node), name).toBe('fifo');
      }
    }
  });

  it.skipIf(NO_MKNOD)('a device node as the output of every writer: exit 2, said, still a device (skipped only when not root and not in CI: mknod needs root)', async () => {
    for (const [name, args] of await writers()) {
      const node = deviceNode(fresh('null'))!;
      const result = await runMain(args.map((a) => (a === 'OUT' ? node : a)));
      expect([name, result.code], result.stderr).toEqual([name, 2]);
      expect(result.stderr, name).toContain(NOT_REGULAR.device);
      expect(kindOf(node), name).toBe('device');
    }
  });

  it('--history: a FIFO where the day\'s file goes is refused, not replaced', async () => {
    const history = join(work, 'history');
    mkdirSync(history);
    const node = fifo(join(history, '2026-03-14.json'));
    const result = await runMain(['score', 'examples/suivi-val-de-brume/2026-03-14.yaml', ...V1, '--format', 'json', '--history', history]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(NOT_REGULAR.fifo);
    expect(kindOf(node)).toBe('fifo');
  });

  it('score --each --out-dir: a FIFO in place of a diagnostic or of summary.csv is refused, not replaced', async () => {
    const territories = join(work, 'territories');
    mkdirSync(join(territories, 'val'), { recursive: true });
    copyFileSync(join(ROOT, VALID), join(territories, 'val', 'a.yaml'));
    for (const name of ['val.json', 'summary.csv']) {
      const outDir = join(work, `each-${name}`);
      mkdirSync(outDir);
      const node = fifo(join(outDir, name));
      const result = await runMain(['score', '--each', territories, '--out-dir', outDir, '--questionnaire', PETIT]);
      expect([name, result.code], result.stderr).toEqual([name, 2]);
      expect(result.stderr).toContain(NOT_REGULAR.fifo);
      expect(kindOf(node)).toBe('fifo');
    }
  });

  it('run says so before the first question', async () => {
    const node = fifo(fresh('answers.yaml'));
    // A writer that sends nothing: a regression that read the FIFO would get its end, not block.
    const writer = spawn('sh', ['-c', `exec : > '${node}'`], { stdio: 'ignore' });
    onTestFinished(() => void writer.kill());
    const prompts = fakePrompts([]);
    const result = await runMain(['run', '--questionnaire', PETIT, '--answers', node], { prompts, stdin: { isTTY: true } });
    expect(prompts.shown).toEqual([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(NOT_REGULAR.fifo);
    expect(kindOf(node)).toBe('fifo');
  });
});

describe('4. every input is read within a byte budget, whatever stat says (the endless ones: test/device-reads.test.ts)', () => {
  it('a FIFO that ends is read as any file (process substitution, <(…))', async () => {
    const node = fifo(fresh('piped.yaml'));
    const writer = spawn('sh', ['-c', `cat '${join(ROOT, VALID)}' > '${node}'`], { stdio: 'ignore' });
    const result = await runMain(['score', node, '--questionnaire', PETIT, '--format', 'json']);
    writer.kill();
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).respondents).toHaveLength(1);
  });

  it('benchmark --attributes reads its CSV within the same budget', async () => {
    const bench = join(work, 'bench-attributes');
    mkdirSync(bench);
    expect((await runMain(['score', VALID, '--questionnaire', PETIT, '--format', 'json', '--out', join(bench, 'a.json')])).code).toBe(0);
    const result = await runMain(['benchmark', bench, '--attributes', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fr('le fichier contient des données binaires'));
  });
});
