// GitHub Actions: annotations that land on the pull request's lines, the escaping GitHub
// documents for workflow commands, and the job summary. The exact lines a runner would read.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty } from '../src/cli/github.js';
import { fr } from './french.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const MINI = 'test/fixtures/mini.yaml';
const PETIT = 'test/fixtures/errors/petit.yaml';

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('50 % done\r\nnext: a, b')).toBe('50 %25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,x/a:b%.yaml')).toBe('dir%2Cx/a%3Ab%25.yaml');
    expect(annotation('error', 'line one\nline two', { file: 'a,b.yaml', line: 3, col: 7, title: 'cocon: gate' })).toBe(
      '::error file=a%2Cb.yaml,line=3,col=7,title=cocon%3A gate::line one%0Aline two',
    );
    expect(annotation('warning', 'plain')).toBe('::warning::plain');
  });
});

describe('file errors inside a GitHub job', () => {
  it('score prints each problem of a file as an annotation on stderr, at its line and column; outside a job, file:line:col', async () => {
    const args = ['score', '-q', PETIT, 'test/fixtures/errors/a-not-an-option.yaml', 'test/fixtures/errors/a-expected-scale.yaml'];
    const inJob = await runMain(args, { env: { GITHUB_ACTIONS: 'true', LANG: 'fr_FR.UTF-8' } });
    expect(inJob.code).toBe(2);
    expect(inJob.stdout).toBe('');
    expect(inJob.stderr).toBe(
      fr(
        '::error file=test/fixtures/errors/a-not-an-option.yaml,line=8,col=7::« catalyst » n\'est pas une option de cette question ; options possibles : personne, catalyseur\n' +
          '::error file=test/fixtures/errors/a-expected-scale.yaml,line=9,col=7::attendu un nombre entier de 1 à 5\n',
      ),
    );
    const outside = await runMain(args);
    expect(outside.stderr).toContain(fr('test/fixtures/errors/a-not-an-option.yaml:8:7: « catalyst » n\'est pas une option'));
    expect(outside.stderr).not.toContain('::error');
  });
});

describe('cocon validate --format github', () => {
  it('prints one annotation per problem on stdout, at the problem’s file, line and column', async () => {
    const result = await runMain(['validate', '--format', 'github', '-q', PETIT, 'test/fixtures/errors/a-not-an-option.yaml', 'test/fixtures/errors/a-expected-scale.yaml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      fr(
        '::error file=test/fixtures/errors/a-not-an-option.yaml,line=8,col=7::« catalyst » n\'est pas une option de cette question ; options possibles : personne, catalyseur\n' +
          '::error file=test/fixtures/errors/a-expected-scale.yaml,line=9,col=7::attendu un nombre entier de 1 à 5\n',
      ),
    );
    expect(result.stderr).toBe(fr('2 erreurs dans 2 fichiers\n'));
  });

  it('prints nothing on stdout when every file is valid, and refuses an unknown format', async () => {
    expect(await runMain(['validate', '--format', 'github', MINI])).toMatchObject({ code: 0, stdout: '' });
    expect(await runMain(['validate', '--format', 'sarif', MINI])).toMatchObject({ code: 2, stderr: fr('usage : format « sarif » inconnu ; formats possibles : text, github\n') });
  });
});

describe('cocon score in a GitHub job', () => {
  const env = (extra: Record<string, string> = {}) => ({ env: { LANG: 'fr_FR.UTF-8', GITHUB_ACTIONS: 'true', ...extra } });

  it('turns each failed gate into an annotation on the answers file, message escaped', async () => {
    const result = await runMain(['score', 'test/fixtures/answers/bob.yaml', '-q', MINI, '-f', 'json', '--min-coverage', '95', '--fail-under', '90'], env());
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=test\/fixtures\/answers\/bob\.yaml,title=cocon score::score global \d+(,\d)? < seuil --fail-under 90$/);
    // "%" is escaped, as GitHub requires.
    expect(lines[1]).toMatch(new RegExp(`^::error file=test/fixtures/answers/bob\\.yaml,title=cocon score::couverture 8\\d(,\\d)?\u202f%25 < seuil --min-coverage 95\u202f%25$`));
  });

  it('a folder of answers has no one file to point at: the annotation has no file', async () => {
    const result = await runMain(['score', 'test/fixtures/answers', '-q', MINI, '-f', 'json', '--fail-under', '99'], env());
    expect(result.stderr).toMatch(/^::error title=cocon score::score global/);
  });

  it('outside GitHub, gate failures stay plain lines', async () => {
    const result = await runMain(['score', 'test/fixtures/answers/alice.yaml', '-q', MINI, '-f', 'json', '--fail-under', '60']);
    expect(result.stderr).toBe(fr('score global 59 < seuil --fail-under 60\n'));
  });

  it('appends the Markdown report to GITHUB_STEP_SUMMARY, keeping what was there', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-summary-'));
    const summary = join(folder, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const result = await runMain(['score', 'test/fixtures/answers/alice.yaml', '-q', MINI, '-f', 'json'], env({ GITHUB_STEP_SUMMARY: summary }));
    expect(result.code).toBe(0);
    const markdown = (await runMain(['score', 'test/fixtures/answers/alice.yaml', '-q', MINI, '-f', 'md'])).stdout;
    expect(readFileSync(summary, 'utf8')).toBe(`# Earlier step\n${markdown}\n`);
    // stdout still carries only the report asked for.
    expect(result.stdout).toMatch(/^\{/);
  });
});

describe('the README’s GitHub workflow', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const workflow = /```yaml\n(# \.github\/workflows\/cocon\.yml\n[\s\S]*?)```/.exec(readme)![1]!;
  const printed = /the two\s+steps print:\n\n```text\n([\s\S]*?)```/.exec(readme)![1]!;
  const answersExample = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme.replace(/^ {2}/gm, ''))![1]!;
  /** The workflow's `npx cocon …` steps as argument lists, with the shell's glob done here. */
  const steps = (repository: string) =>
    [...workflow.matchAll(/- run: npx cocon (.+)/g)].map((m) =>
      m[1]!.split(' ').flatMap((arg) => (arg.includes('*') ? readdirSync(join(repository, dirname(arg))).filter((f) => f.endsWith(extname(arg))).map((f) => `${dirname(arg)}/${f}`) : [arg])),
    );

  it('prints the annotations the README shows: a typo on its line, then a failed gate on the answers file', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'cocon-workflow-'));
    mkdirSync(join(repository, 'reponses'));
    const file = join(repository, 'reponses/val-de-brume.yaml');
    const [validate, score] = steps(repository);
    expect(validate![0]).toBe('validate');
    expect(score![0]).toBe('score');
    const inJob = { cwd: repository, env: { LANG: 'fr_FR.UTF-8', GITHUB_ACTIONS: 'true' } };

    writeFileSync(file, answersExample.replace('dialogue-catalyseur: informel', 'dialogue-catalyseur: informels'));
    const typo = await runMain(steps(repository)[0]!, inJob);
    writeFileSync(file, answersExample);
    const gate = await runMain(score!, inJob);
    expect(typo.code).toBe(2);
    expect(gate.code).toBe(1);
    const annotations = (text: string) => text.split('\n').filter((l) => l.startsWith('::'));
    expect([...annotations(typo.stdout), ...annotations(gate.stderr)]).toEqual(annotations(fr(printed)));
  });
});
