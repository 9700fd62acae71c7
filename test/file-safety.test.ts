// What cocon does to the files around it: never replaces an input with a report, writes through
// links, keeps permissions, leaves no temporaries behind, and says what is wrong with a path
// before asking anything. Mostly in-process (main() with in-memory streams).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakePrompts, type Reply } from './fake-prompts.js';
import { runMain } from './memory-io.js';
import { FIXTURES, ROOT } from './helpers.js';
import { commandLine, detectCommandName, shellQuote } from '../src/cli/command-name.js';
import { schemaUrl } from '../src/cli/version.js';
import { fr, frPattern } from './french.js';
import { writeOutput } from '../src/cli/commands/output.js';

const MINI = join(FIXTURES, 'mini.yaml');
const ALICE = join(FIXTURES, 'answers/alice.yaml');
const NOW = () => new Date('2026-03-14T10:00:00Z');
const RESPONDENT: Reply[] = [{ text: 'Val de Test' }, { pick: 'Association' }, { text: 'Coordinatrice' }, { text: '' }];
const FINISH: Reply[] = [{ pick: 'Personne' }, { check: ['Citoyens'] }, { pick: '3' }, { pick: 'Jamais' }, { text: '' }, { pick: 'Terminer' }];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cocon-files-'));
}

/** A folder holding a copy of the alice answers file. */
function withAnswers(): { dir: string; answers: string; text: string } {
  const dir = tempDir();
  const answers = join(dir, 'alice.yaml');
  copyFileSync(ALICE, answers);
  return { dir, answers, text: readFileSync(answers, 'utf8') };
}

async function run(replies: Reply[], args: string[], cwd: string, env: Record<string, string> = {}) {
  const prompts = fakePrompts(replies);
  const result = await runMain(['run', '--questionnaire', MINI, ...args], { prompts, now: NOW, cwd, stdin: { isTTY: true }, env: { LANG: 'fr_FR.UTF-8', ...env } });
  return { ...result, prompts };
}

/** A process id that is surely not running: a child that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('--out never replaces an input', () => {
  it('score: the answers file, under another spelling or through a link, and the questionnaire', async () => {
    const { dir, answers, text } = withAnswers();
    symlinkSync(answers, join(dir, 'lien.yaml'));
    const questionnaire = join(dir, 'mini.yaml');
    copyFileSync(MINI, questionnaire);
    for (const out of [answers, join(dir, '.', 'sub', '..', 'alice.yaml'), join(dir, 'lien.yaml'), questionnaire]) {
      if (out.includes('sub')) mkdirSync(join(dir, 'sub'), { recursive: true });
      // --format: a .yaml --out would be refused for its extension before anything else.
      const result = await runMain(['score', answers, '-q', questionnaire, '--format', 'md', '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(frPattern(new RegExp(`^usage : --out ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} désigne un fichier lu par cette commande \\(.*\\) : le rapport le remplacerait ; choisissez un autre fichier\\n$`)));
    }
    expect(readFileSync(answers, 'utf8')).toBe(text);
    expect(readFileSync(questionnaire, 'utf8')).toBe(readFileSync(MINI, 'utf8'));
    expect(lstatSync(join(dir, 'lien.yaml')).isSymbolicLink()).toBe(true);
  });

  it('score on a folder: none of its files; report: the diagnostic it reads', async () => {
    const { dir, answers } = withAnswers();
    expect((await runMain(['score', dir, '-q', MINI, '--format', 'md', '--out', answers, '--lang', 'en'])).stderr).toContain(`--out ${answers} names a file this command reads`);
    const diagnostic = join(dir, 'd.json');
    expect((await runMain(['score', answers, '-q', MINI, '--out', diagnostic])).code).toBe(0);
    const saved = readFileSync(diagnostic, 'utf8');
    const again = await runMain(['report', diagnostic, '--out', join(dir, '..', dir.split('/').pop()!, 'd.json')]);
    expect(again.code).toBe(2);
    expect(readFileSync(diagnostic, 'utf8')).toBe(saved);
  });

  it('run: the answers file, refused before the first question; the default file, refused before the first answer is saved', async () => {
    const dir = tempDir();
    const given = await run([], ['--answers', join(dir, 'a.yaml'), '--format', 'md', '--out', join(dir, 'a.yaml')], dir);
    expect(given.code).toBe(2);
    expect(given.prompts.shown).toEqual([]);
    const out = join(dir, 'cocon-val-de-test-2026-03-14.yaml');
    const byDefault = await run([...RESPONDENT], ['--format', 'md', '--out', out], dir);
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toContain(`--out ${out} désigne un fichier lu par cette commande`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writing through links, keeping permissions', () => {
  it('--out through a symbolic link writes its target and keeps the link and the mode', async () => {
    const dir = tempDir();
    const target = join(dir, 'rapport.md');
    writeFileSync(target, 'old\n', { mode: 0o640 });
    chmodSync(target, 0o640);
    const link = join(dir, 'lien.md');
    symlinkSync('rapport.md', link);
    const result = await runMain(['score', ALICE, '-q', MINI, '--out', link]);
    expect(result.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^# Diagnostic/);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    // A link to a file not yet created: the file is created where the link points.
    const dangling = join(dir, 'plus-tard.md');
    symlinkSync('nouveau.md', dangling);
    expect((await runMain(['score', ALICE, '-q', MINI, '--out', dangling])).code).toBe(0);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'nouveau.md'), 'utf8')).toMatch(/^# Diagnostic/);
  });

  it('run rewrites an answers file reached through a link in place, with its permissions', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'partage'));
    const real = join(dir, 'partage', 'atelier.yaml');
    writeFileSync(real, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: Nord, actorType: citoyen, role: Habitant }\nanswers:\n  a1: personne\n');
    chmodSync(real, 0o600);
    const link = join(dir, 'atelier.yaml');
    symlinkSync(real, link);
    const { code } = await run([{ check: ['Citoyens'] }, 'interrupt'], ['--answers', link, '--resume'], dir);
    expect(code).toBe(130);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('a2:\n    - citoyens');
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });
});

describe('temporary files', () => {
  it('a temporary left by a killed run is removed by the next write in its folder; a live one is not', async () => {
    const dir = tempDir();
    const stale = join(dir, `.rapport.md.cocon-${deadPid()}.tmp`);
    const live = join(dir, `.autre.md.cocon-${process.ppid}.tmp`);
    writeFileSync(stale, '');
    writeFileSync(live, '');
    const result = await runMain(['score', ALICE, '-q', MINI, '--out', join(dir, 'rapport.md')]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.autre.md.cocon-' + process.ppid + '.tmp', 'rapport.md']);
  });

  it('a report written in pieces is put in place whole, and a renderer failing halfway leaves the old file and no temporary', async () => {
    const dir = tempDir();
    const file = join(dir, 'rapport.md');
    writeFileSync(file, 'ancien rapport\n');
    await writeOutput(file, ['# Rapport', '\n', 'suite\n'], (path) => path);
    expect(readFileSync(file, 'utf8')).toBe('# Rapport\nsuite\n');
    const broken = new Error('renderer bug');
    function* failing() {
      yield '# Nouveau';
      throw broken;
    }
    // The renderer's own error, not "could not write": the file and its folder were fine.
    await expect(writeOutput(file, failing(), (path) => path)).rejects.toBe(broken);
    expect(readFileSync(file, 'utf8')).toBe('# Rapport\nsuite\n');
    expect(readdirSync(dir)).toEqual(['rapport.md']);
  });

  it('a run killed mid-interview leaves only its answers file', async () => {
    const dir = tempDir();
    const { code } = await run([...RESPONDENT, { pick: 'Personne' }, 'interrupt'], [], dir);
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual(['cocon-val-de-test-2026-03-14.yaml']);
  });
});

describe('run checks where it will write before the first question', () => {
  it('an --answers that is a folder, in a missing folder, an --out in a missing folder: exit 2, said plainly', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dossier'));
    const cases: [string[], string][] = [
      [['--answers', join(dir, 'dossier')], `usage : ${join(dir, 'dossier')} est un dossier ; indiquez un nom de fichier\n`],
      [['--answers', join(dir, 'absent', 'a.yaml')], `usage : impossible d'écrire ${join(dir, 'absent', 'a.yaml')} : le dossier ${join(dir, 'absent')} n'existe pas\n`],
      [['--out', join(dir, 'absent', 'r.md')], `usage : impossible d'écrire ${join(dir, 'absent', 'r.md')} : le dossier ${join(dir, 'absent')} n'existe pas\n`],
    ];
    for (const [args, stderr] of cases) {
      const result = await run([], args, dir);
      expect(result.prompts.shown).toEqual([]);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: fr(stderr) });
    }
    const en = await run([], ['--answers', join(dir, 'dossier'), '--lang', 'en'], dir);
    expect(en.stderr).toBe(`usage: ${join(dir, 'dossier')} is a folder; give a file name\n`);
  });
});

describe('the schema reference in written files', () => {
  it('is the one the README documents', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`$schema=${schemaUrl('answers')}`);
  });

  it('init writes it, and no path of this machine, to a file and to stdout', async () => {
    const dir = tempDir();
    const file = join(dir, 'reponses.yaml');
    expect((await runMain(['init', file, '-q', MINI])).code).toBe(0);
    const stdout = (await runMain(['init', '-q', MINI], { cwd: dir })).stdout;
    for (const text of [readFileSync(file, 'utf8'), stdout]) {
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('answers')}`);
      expect(text).not.toContain(ROOT);
      expect(text).not.toMatch(/\$schema=(\.|\/)/);
    }
  });
});

describe('commands printed for pasting', () => {
  it('the template tells how to score it, as cocon was launched', async () => {
    const dir = tempDir();
    const file = join(dir, 'mes réponses.yaml');
    await runMain(['init', file, '-q', MINI]);
    expect(readFileSync(file, 'utf8')).toContain(`${fr('# Remplacez chaque « ne-sait-pas » par votre réponse, puis : ')}npx cocon score '${file}'\n`);
    const onPath = await runMain(['init', '-q', MINI, '--lang', 'en'], { commandName: 'cocon' });
    expect(onPath.stdout).toContain('then: cocon score THIS_FILE\n');
  });

  it('quotes arguments so that a POSIX shell reads them back unchanged', () => {
    const tricky = ['simple.yaml', 'avec espace.yaml', "l'atelier.yaml", 'a"b', '$HOME', '`id`', 'x;rm -rf y', 'é', '*', '~/x', '-', ''];
    for (const argument of tricky) {
      const echoed = spawnSync('sh', ['-c', `printf '%s' ${shellQuote(argument)}`], { encoding: 'utf8' }).stdout;
      expect(echoed, argument).toBe(argument);
    }
    expect(commandLine('npx cocon', ['score', 'a b.yaml'])).toBe("npx cocon score 'a b.yaml'");
  });

  it('finds how cocon was launched: npx or an npm script, or `cocon` on the PATH', () => {
    const bin = tempDir();
    writeFileSync(join(bin, 'cocon'), '#!/bin/sh\n', { mode: 0o755 });
    expect(detectCommandName({ PATH: `/nonexistent:${bin}` })).toBe('cocon');
    expect(detectCommandName({ PATH: '/nonexistent' })).toBe('npx cocon');
    expect(detectCommandName({})).toBe('npx cocon');
    // npx adds node_modules/.bin to the PATH of cocon's process, not to the person's shell.
    expect(detectCommandName({ PATH: bin, npm_command: 'exec' })).toBe('npx cocon');
    expect(detectCommandName({ PATH: bin, npm_lifecycle_event: 'npx' })).toBe('npx cocon');
  });

  it('prints the path cocon was started by, npx with the package name when npx would find another cocon', () => {
    const project = realpathSync(tempDir());
    const packageRoot = join(project, 'node_modules', 'cocon-territoire');
    mkdirSync(join(packageRoot, 'bin'), { recursive: true });
    const script = join(packageRoot, 'bin', 'cocon.js');
    writeFileSync(script, '#!/usr/bin/env node\n', { mode: 0o755 });
    const launch = (cwd: string, path = script) => ({ script: path, cwd, packageRoot, packageName: 'cocon-territoire' });
    const elsewhere = realpathSync(tempDir());
    // By its path: relative inside the folder, absolute elsewhere, quoted for the shell.
    expect(detectCommandName({ PATH: '/nonexistent' }, launch(project))).toBe('./node_modules/cocon-territoire/bin/cocon.js');
    expect(detectCommandName({ PATH: '/nonexistent' }, launch(elsewhere))).toBe(script);
    const spaced = join(elsewhere, 'mon cocon.js');
    writeFileSync(spaced, '', { mode: 0o644 });
    expect(detectCommandName({}, launch(project, spaced))).toBe(`node '${spaced}'`);
    // A `cocon` on the PATH counts only when it is this one.
    const bin = tempDir();
    writeFileSync(join(bin, 'cocon'), '#!/bin/sh\n', { mode: 0o755 });
    expect(detectCommandName({ PATH: bin }, launch(elsewhere))).toBe(script);
    const linked = tempDir();
    symlinkSync(script, join(linked, 'cocon'));
    expect(detectCommandName({ PATH: `${bin}:${linked}` }, launch(elsewhere, join(linked, 'cocon')))).toBe('cocon');
    // Through npx: `npx cocon` where npx finds this package (installed above the folder), else its name.
    mkdirSync(join(project, 'sub'));
    expect(detectCommandName({ npm_command: 'exec' }, launch(join(project, 'sub')))).toBe('npx cocon');
    expect(detectCommandName({ npm_command: 'exec' }, launch(elsewhere))).toBe('npx cocon-territoire');
  });
});
