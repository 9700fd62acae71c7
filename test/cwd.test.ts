// main(io) takes its folder from io.cwd, never from the process: every relative path (inputs,
// folders, --questionnaire, --out, --answers, init's file) starts there, and messages show each
// path as the user typed it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES } from './helpers.js';
import { fakePrompts } from './fake-prompts.js';
import { runMain } from './memory-io.js';
import { fr, frPattern } from './french.js';

let cwd = '';
/** `cocon ARGS` typed in `cwd`, a folder that is not the process's own. */
const inCwd = (args: string[], extra: Parameters<typeof runMain>[1] = {}) => runMain(args, { cwd, ...extra });

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'cocon-cwd-'));
  mkdirSync(join(cwd, 'reponses'));
  copyFileSync(join(FIXTURES, 'mini.yaml'), join(cwd, 'mini.yaml'));
  copyFileSync(join(FIXTURES, 'answers/alice.yaml'), join(cwd, 'reponses/alice.yaml'));
  copyFileSync(join(FIXTURES, 'answers/bob.yaml'), join(cwd, 'reponses/bob.yaml'));
  // Were the paths below taken from the process's folder, none of them would exist.
  expect(resolve(process.cwd())).not.toBe(resolve(cwd));
  expect(existsSync('mini.yaml') || existsSync('reponses')).toBe(false);
});

describe('main(io) with io.cwd', () => {
  it('score reads relative inputs and --questionnaire there, and --out lands there', async () => {
    const result = await inCwd(['score', 'reponses/alice.yaml', '-q', 'mini.yaml', '--out', 'rapport.json']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: fr('écrit : rapport.json\n') });
    expect(JSON.parse(readFileSync(join(cwd, 'rapport.json'), 'utf8'))).toHaveProperty('respondents.0.territory', 'Val-de-Test');
    expect(existsSync('rapport.json')).toBe(false);
  });

  it('a relative folder is read there, and its files are named under the folder as typed', async () => {
    const scored = await inCwd(['score', 'reponses', '-q', 'mini.yaml', '-f', 'json']);
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).respondents).toHaveLength(2);
    const validated = await inCwd(['validate', 'mini.yaml', 'reponses/alice.yaml']);
    expect(validated).toEqual({ code: 0, stdout: '', stderr: fr('mini.yaml : questionnaire valide\nreponses/alice.yaml : réponses valide\n') });
  });

  it('a missing file is named as typed', async () => {
    const result = await inCwd(['score', 'absent.yaml', '-q', 'mini.yaml']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: fr('absent.yaml:1:1: fichier introuvable : absent.yaml\n') });
  });

  it('report reads a relative diagnostic there', async () => {
    await inCwd(['score', 'reponses/alice.yaml', '-q', 'mini.yaml', '--out', 'rapport.json']);
    const again = await inCwd(['report', 'rapport.json', '-f', 'md']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe((await inCwd(['score', 'reponses/alice.yaml', '-q', 'mini.yaml', '-f', 'md'])).stdout);
  });

  it('init writes its relative file there, and refuses to overwrite it', async () => {
    expect(await inCwd(['init', 'modeles/vide.yaml', '-q', 'mini.yaml'])).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(frPattern(/^usage : .*modeles\/vide\.yaml/)) });
    mkdirSync(join(cwd, 'modeles'));
    expect(await inCwd(['init', 'modeles/vide.yaml', '-q', 'mini.yaml'])).toEqual({ code: 0, stdout: '', stderr: fr('écrit : modeles/vide.yaml\n') });
    expect(readFileSync(join(cwd, 'modeles/vide.yaml'), 'utf8')).toContain('  a1: ne-sait-pas');
    expect(existsSync('modeles')).toBe(false);
    const again = await inCwd(['init', 'modeles/vide.yaml', '-q', 'mini.yaml']);
    expect(again.stderr).toBe(fr('usage : modeles/vide.yaml existe déjà ; choisissez un autre nom ou utilisez --force\n'));
  });

  it('run saves a relative --answers file there and names it as typed', async () => {
    const prompts = fakePrompts([{ text: 'Val de Test' }, { pick: 'Association' }, { text: 'Coordinatrice' }, { text: '' }, 'interrupt']);
    const result = await inCwd(['run', '--questionnaire', 'mini.yaml', '--answers', 'session.yaml'], { prompts, now: () => new Date('2026-03-14T10:00:00Z'), stdin: { isTTY: true } });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(fr('Pour reprendre : ')+'npx cocon run --answers session.yaml --resume --questionnaire mini.yaml');
    const saved = parse(readFileSync(join(cwd, 'session.yaml'), 'utf8')) as { respondent: { territory: string } };
    expect(saved.respondent.territory).toBe('Val de Test');
    expect(existsSync('session.yaml')).toBe(false);
  });
});
