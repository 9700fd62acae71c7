// Every documented command runs: each command line of the README's shell blocks and each example
// of `cocon COMMAND --help`, run as typed (through a POSIX shell, `npx cocon` standing for the
// built cocon of this checkout) in a temporary copy holding examples/, questionnaires/ and the
// files the commands name (examples/commandes/), expecting its documented exit code: 0, or the
// `exit N` its comment gives. `cocon run` needs a person: it is run in a pseudo-terminal and
// interrupted at its first question (130, as documented). `npm run build` first (npm test does).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands/index.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';
import { KEYS, NO_PTY, PtySession } from './pty.js';
import { fr } from './french.js';
// @ts-expect-error: plain ESM script without type declarations
import { PLACEHOLDERS, renderPlaceholder } from '../scripts/examples.mjs';

interface Documented {
  /** Where it is documented: a README heading, or `cocon NAME --help`. */
  where: string;
  line: string;
  exit: number;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** A block runs several commands, each a process (a PDF, a browser form): no limit of vitest's default minute. */
const LONG = 30 * 60_000;

/** The README's cocon command lines, block by block (each block runs in its own copy, in order). */
function readmeBlocks(): { heading: string; commands: Documented[] }[] {
  const blocks: { heading: string; commands: Documented[] }[] = [];
  let heading = '';
  for (const [, title, code] of README.matchAll(/^(#{2,4} .+)$|```sh\n([\s\S]*?)```/gm)) {
    if (title) heading = title;
    if (code === undefined) continue;
    const commands = code
      .split('\n')
      .filter((line) => /^(npx )?cocon\b/.test(line))
      .map((line) => {
        const comment = /\s#\s(.*)$/.exec(line)?.[1] ?? '';
        return { where: heading, line: line.replace(/\s+#\s.*$/, '').trim(), exit: Number(/\bexit (\d+)\b/.exec(comment)?.[1] ?? 0) };
      });
    if (commands.length > 0) blocks.push({ heading, commands });
  }
  return blocks;
}

/** The examples of every command's help, in the order of the command table. */
function helpExamples(): Documented[] {
  return Object.entries(COMMANDS).flatMap(([name, entry]) =>
    (entry.spec.examples ?? []).map((example) => ({ where: `cocon ${name} --help`, line: ['cocon', name, example.args].filter(Boolean).join(' '), exit: example.exit ?? 0 })),
  );
}

const BIN = join(ROOT, 'bin/cocon.js');
/** `npx cocon …` and `cocon …` both run this checkout's built cocon. */
const SHIMS = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'cocon-shims-'));
  for (const name of ['npx', 'cocon']) {
    const shift = name === 'npx' ? 'case "$1" in cocon|cocon-territoire) shift;; esac\n' : '';
    writeFileSync(join(dir, name), `#!/bin/sh\n${shift}exec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  }
  return dir;
})();
const ENV = { PATH: `${SHIMS}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: process.env['HOME'] ?? tmpdir(), LANG: 'fr_FR.UTF-8' };

/**
 * A folder as a reader of the README has it: the examples, the questionnaires, the files the
 * commands name; or, `empty`, a folder where only the package is installed (the quick start).
 */
function copy(empty = false): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cocon-documented-')));
  // The quick start names the installed package's examples.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'cocon-territoire'));
  if (empty) return dir;
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true, filter: (source) => !source.includes(`${join(ROOT, 'examples', 'reports')}`) });
  cpSync(join(ROOT, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'examples/commandes'))) cpSync(join(ROOT, 'examples/commandes', name), join(dir, name), { recursive: true });
  return dir;
}

const sessions: PtySession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.kill()));

/** Runs one documented command in `dir`; its exit code and what it said. */
async function run(command: Documented, dir: string): Promise<{ code: number | null; stderr: string }> {
  if (/^(npx )?cocon run\b/.test(command.line)) {
    if (NO_PTY) throw new Error(NO_PTY);
    const session = new PtySession(command.line, { cwd: dir, env: ENV });
    sessions.push(session);
    await session.waitFor('Ctrl-C');
    // The first question (the territory, or the first unanswered one): interrupted there.
    await session.waitFor(/\?\s/);
    await session.type(KEYS.ctrlC);
    return { code: await session.exited, stderr: session.screen };
  }
  const result = spawnSync('sh', ['-c', command.line], { cwd: dir, env: ENV, encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

function expectDocumented(command: Documented, result: { code: number | null; stderr: string }): void {
  const expected = /^(npx )?cocon run\b/.test(command.line) ? 130 : command.exit;
  expect(result.code, `${command.where}: ${command.line}\n${result.stderr}`).toBe(expected);
  expect(result.stderr, command.line).not.toMatch(/erreur inattendue|unexpected error|\n\s+at /);
}

describe('the files the documented commands name (examples/commandes/)', () => {
  it('its diagnostics and report are what cocon writes now (npm run examples)', () => {
    for (const placeholder of PLACEHOLDERS) expect(readFileSync(join(ROOT, placeholder.file), 'utf8'), placeholder.file).toBe(renderPlaceholder(placeholder));
  });
});

describe('every command the README documents', () => {
  const blocks = readmeBlocks();

  it('is found: every shell block of the README is read', () => {
    expect(blocks.flatMap((b) => b.commands).length).toBeGreaterThanOrEqual(38);
  });

  for (const block of blocks) {
    it(`runs as documented: ${block.heading} (${block.commands.length})`, async () => {
      const dir = copy(block.heading.includes('Quick start'));
      for (const command of block.commands) expectDocumented(command, await run(command, dir));
    }, LONG);
  }
});

describe('every example of `cocon COMMAND --help`', () => {
  const examples = helpExamples();

  it('every command has examples, shown in its help as cocon was launched', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      expect(entry.spec.examples?.length, name).toBeGreaterThan(0);
      for (const lang of ['fr', 'en']) {
        const help = (await runMain([name, '--help', '--lang', lang], { commandName: './bin/cocon.js' })).stdout;
        expect(help).toContain(lang === 'fr' ? fr('\nExemples :\n') : '\nExamples:\n');
        for (const example of entry.spec.examples ?? []) expect(help).toContain(`\n  ${['./bin/cocon.js', name, example.args].filter(Boolean).join(' ')}\n`);
      }
    }
  });

  // One copy for them all, in the table's order: benchmark reads what score --each wrote.
  let dir = '';
  for (const name of Object.keys(COMMANDS)) {
    const mine = examples.filter((example) => example.where === `cocon ${name} --help`);
    it(`run as documented: cocon ${name} (${mine.length})`, async () => {
      dir ||= copy();
      for (const command of mine) expectDocumented(command, await run(command, dir));
    }, LONG);
  }
});
