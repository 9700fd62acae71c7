// The package as a user gets it: `npm pack`, then the tarball installed as the README says, in an
// empty folder (`npm install cocon-territoire`) and globally, with nothing built or run at install.
// Then the README's quick start, the library example and a TypeScript use of the API, run there.
// `npm test` builds first; after editing src/, run `npm run build && npm run build:types`.
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { isAscii } from 'node:buffer';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';
import { codeCacheReport } from './code-cache.js';
import { findBrowser } from '../src/cli/pdf.js';

const EXAMPLE = 'examples/intermediaire-plaine-des-sources.yaml';
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The node running these tests first, then npm's folder: the bin's `#!/usr/bin/env node`, npm and npx. */
const PATH = [dirname(process.execPath), ...(process.env['PATH'] ?? '').split(delimiter)].join(delimiter);
/** npm without the network: dependencies come from npm's cache, filled by `npm ci`. */
const NPM_ENV = { PATH, HOME: process.env['HOME'] ?? tmpdir(), LANG: 'fr_FR.UTF-8', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** npm and tsc take their seconds, many more on a loaded machine: no limit of vitest's default minute. */
const NPM_TIME = 15 * 60_000;

async function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await promisify(execFile)('npm', args, { cwd, encoding: 'utf8', env: NPM_ENV });
  } catch (error) {
    throw new Error(`npm ${args.join(' ')} failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
}

interface Installed {
  /** The empty folder the package was installed in, as a project does. */
  project: string;
  /** A global installation's prefix (`npm install --global --prefix`). */
  global: string;
  /** What npm said while installing, both times. */
  npmSaid: string;
}

/** Started at once, so the seconds npm takes pass while other test files run. */
async function install(): Promise<Installed> {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'cocon-pack-')));
  // The build is done (npm test builds first): packing must not build again.
  const [packed] = JSON.parse((await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)).stdout) as { filename: string }[];
  const tarball = join(work, packed!.filename);
  const project = join(work, 'projet');
  const global = join(work, 'global');
  mkdirSync(project);
  // No --ignore-scripts: a user's install runs what the package declares, and it declares nothing.
  const [local, globally] = await Promise.all([npm(['install', tarball], project), npm(['install', '--global', '--prefix', global, tarball], work)]);
  return { project, global, npmSaid: [local.stdout, local.stderr, globally.stdout, globally.stderr].join('\n') };
}
const installation = install();
// Its failure is reported by the tests that need it, not as an unhandled rejection before them.
installation.catch(() => undefined);

/** A shell line run in `cwd` as a person would type it (npx, pipes, redirections). */
function shell(line: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', line], { cwd, env: NPM_ENV, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines of the first ```sh block after `heading`, comments dropped. */
function shellBlockAfter(heading: string): string[] {
  const at = README.indexOf(heading);
  expect(at, heading).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(README.slice(at))![1]!;
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

let installed: Installed;
beforeAll(async () => {
  installed = await installation;
}, NPM_TIME);

describe('the packed package', () => {
  it('installs without building or running anything, locally and globally', () => {
    expect(installed.npmSaid).not.toMatch(/install-scripts|prepare|prepack|postinstall/);
    expect(installed.npmSaid).not.toMatch(/\bwarn\b/i);
    const manifest = JSON.parse(readFileSync(join(installed.project, 'node_modules', PACKAGE.name, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook], hook).toBeUndefined();
    const global = spawnSync(join(installed.global, 'bin', 'cocon'), ['--version'], { env: { PATH }, encoding: 'utf8' });
    expect({ code: global.status, stdout: global.stdout }).toEqual({ code: 0, stdout: `${PACKAGE.version}\n` });
  }, NPM_TIME);

  it('runs the README’s quick start from the empty folder it was installed in', () => {
    const lines = shellBlockAfter('## Démarrage rapide / Quick start');
    expect(lines[0]).toBe(`npm install ${PACKAGE.name}`);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const folder = installed.project;
    for (const line of lines.slice(1)) {
      const result = shell(line, folder);
      expect(result.stderr, line).not.toMatch(/could not determine executable|npm error/);
      expect(result.code, `${line}\n${result.stderr}`).toBe(0);
    }
    expect(shell(lines[1]!, folder).stdout).toContain('# Diagnostic de co-construction — Plaine des Sources');
    expect(readFileSync(join(folder, 'reponses.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/cdn\.jsdelivr\.net\/npm\/cocon-territoire@/);
    expect(readFileSync(join(folder, 'questionnaire.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  }, NPM_TIME);

  it('`npx <package>` runs the command too, and the commands cocon prints start as it was launched', () => {
    const folder = installed.project;
    expect(shell(`npx ${PACKAGE.name} --version`, folder)).toMatchObject({ code: 0, stdout: `${PACKAGE.version}\n` });
    // `init` to stdout names the command that scores the file it describes.
    expect(shell('npx cocon init -q coconstruction-territoriale', folder).stdout).toContain('npx cocon score ');
    const byPath = shell('./node_modules/.bin/cocon init', folder);
    expect(byPath.stdout).toContain('./node_modules/.bin/cocon score ');
    const global = spawnSync(join(installed.global, 'bin', 'cocon'), ['init'], { cwd: folder, env: { PATH }, encoding: 'utf8' });
    expect(global.stdout).toContain(`${join(installed.global, 'bin', 'cocon')} score `);
    const onPath = spawnSync('cocon', ['init'], { cwd: folder, env: { PATH: `${join(installed.global, 'bin')}${delimiter}${PATH}` }, encoding: 'utf8' });
    expect(onPath.stdout).toMatch(/: cocon score /);
  }, NPM_TIME);

  it('the README’s library example runs against the installed package', () => {
    const code = /```js\n(\/\/ diagnostic\.mjs[\s\S]*?)```/.exec(README)![1]!;
    const folder = join(installed.project, 'bibliotheque');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'diagnostic.mjs'), code);
    // Beside it an answers file (node_modules is found in the folder above, as in a project).
    cpSync(join(ROOT, EXAMPLE), join(folder, 'reponses.yaml'));
    const result = spawnSync(process.execPath, ['diagnostic.mjs'], { cwd: folder, encoding: 'utf8', env: { PATH } });
    expect(result.stderr).toBe('score 50.3, niveau structure\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# Diagnostic de co-construction — Plaine des Sources');
    // A located problem, exit 2, as the command gives it.
    writeFileSync(join(folder, 'reponses.yaml'), readFileSync(join(ROOT, EXAMPLE), 'utf8').replace('dialogue-rencontres: ', 'dialogue-rencontress: '));
    const broken = spawnSync(process.execPath, ['diagnostic.mjs'], { cwd: folder, encoding: 'utf8', env: { PATH } });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^reponses\.yaml:\d+:\d+: /);
  }, NPM_TIME);

  it('its types: a TypeScript use of the API type-checks, and a wrong one does not', () => {
    const folder = join(installed.project, 'typescript');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['*.ts'] }));
    writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(folder, 'use.ts'), [
      "import { diagnose, loadQuestionnaire, loadRenderer, parseSource, type AnswerSet, type Diagnostic, type Questionnaire } from 'cocon-territoire';",
      'export function overall(questionnaire: Questionnaire, answers: AnswerSet[]): number | null {',
      '  const diagnostic: Diagnostic = diagnose(questionnaire, answers, { minGroupSize: 3 });',
      '  return diagnostic.overall.score;',
      '}',
      "export const parsed = parseSource('q.yaml', new Uint8Array());",
      'export const load = (q: Parameters<typeof loadQuestionnaire>[0]): Questionnaire => loadQuestionnaire(q);',
      "export const markdown: Promise<(d: Diagnostic, o: { lang: 'fr' | 'en'; color: boolean; width: number }) => string> = loadRenderer('diagnostic', 'md');",
      '',
    ].join('\n'));
    const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const check = () => spawnSync(process.execPath, [tsc, '-p', folder], { cwd: folder, encoding: 'utf8' });
    const good = check();
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
    writeFileSync(join(folder, 'wrong.ts'), "import { diagnose } from 'cocon-territoire';\nexport const score: string = diagnose(null as never, []).overall.score;\n");
    const bad = check();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/wrong\.ts\(2,14\): error TS2322/);
  }, NPM_TIME);
});

describe('the npm package, installed', () => {
  let prefix = '';
  const run = (args: string[]) => {
    const result = spawnSync(join(prefix, 'node_modules/.bin/cocon'), args, { cwd: ROOT, env: { PATH, LANG: 'fr_FR.UTF-8' }, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  beforeAll(() => {
    prefix = installed.project;
  });

  it('lists the bundled questionnaires', async () => {
    const result = run(['list']);
    expect(result).toEqual(await runMain(['list']));
    expect(result.stdout).toMatch(/^coconstruction-territoriale\s+2\.0\.0\s[^\n]*\ncoconstruction-territoriale\s+1\.0\.0\s/);
  });

  it('scores an example exactly as the source does', async () => {
    const result = run(['score', EXAMPLE, '--format', 'json']);
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
    const result = run(['score', EXAMPLE, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('uses the code cache it ships', () => {
    expect(codeCacheReport(join(prefix, 'node_modules', PACKAGE.name), true).rejected).toBe(false);
    expect(codeCacheReport(join(prefix, 'node_modules', PACKAGE.name), true, ['list']).rejected).toBe(false);
  });
});
