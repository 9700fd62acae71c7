// Issue 21, item 4: an input that never ends (a device, an endless FIFO) costs at most the read
// limit. Only real devices that are safe to read are named (/dev/zero, /dev/urandom). The built
// binary runs in a child limited to 1 GB of address space: a regression that read without
// limit fails there, within that gigabyte, instead of taking the machine's memory (in-process it
// would read until the worker died). Hence the process project (vitest.config.ts): it needs a build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';
import { fr } from './french.js';
import { MAX_FILE_BYTES } from '../src/load/source.js';

const work = mkdtempSync(join(tmpdir(), 'cocon-device-reads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PETIT = 'test/fixtures/errors/petit.yaml';
const fresh = (name: string) => join(work, name);

function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path}: ${made.stderr}`);
  return path;
}

/** The built binary, in a child limited to 1 GB of address space. */
function bounded(args: string[]): { code: number | null; stderr: string } {
  const child = spawnSync('sh', ['-c', 'ulimit -v 1000000; exec "$0" "$@"', process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'fr_FR.UTF-8' } });
  return { code: child.status, stderr: child.stderr };
}

describe('4. every input is read within a byte budget, whatever stat says', () => {
  // /dev/zero and /dev/urandom are only read. Before: read without limit (3.3 GB in 6 s).
  it.each([
    ['/dev/zero', ['score', '/dev/zero', '--questionnaire', PETIT]],
    ['/dev/urandom', ['validate', '/dev/urandom']],
  ])('%s as an input: refused as binary at its first NUL byte, exit 2', (_, args) => {
    const result = bounded(args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(fr('le fichier contient des données binaires'));
  });

  it('a link named .json to /dev/zero (the JSON limit is the larger one): refused at once', () => {
    const link = fresh('zero.json');
    symlinkSync('/dev/zero', link);
    for (const command of ['report', 'validate', 'compare']) {
      const result = bounded(command === 'compare' ? [command, link, link] : [command, link]);
      expect([command, result.code], result.stderr).toEqual([command, 2]);
      expect(result.stderr).toContain(`${link}:1:1: ${fr('le fichier contient des données binaires')}`);
    }
  });

  it('a FIFO that never ends: refused once the limit is read, with the limit said', () => {
    const node = fifo(fresh('endless.yaml'));
    // A writer in another process: `yes` fills the pipe until cocon closes it (then dies of SIGPIPE).
    const writer = spawn('sh', ['-c', `exec yes 'a: b' > '${node}'`], { stdio: 'ignore' });
    try {
      const result = bounded(['validate', node]);
      expect(result.code, result.stderr).toBe(2);
      // 4 MiB, the limit of a YAML file, written with French digit grouping.
      expect(result.stderr).toMatch(new RegExp(`endless\\.yaml:1:1: plus de ${MAX_FILE_BYTES.toLocaleString('fr-FR').replace(/\D/g, '\\D')} octets lus`));
    } finally {
      writer.kill();
    }
  });

});
