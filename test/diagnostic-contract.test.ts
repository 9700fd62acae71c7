// The diagnostic as a contract: saved diagnostics of every version render as the current one
// does, a newer version is refused with a reason, and the format comes from one rule.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFormat, formatsOf } from '../src/render/registry.js';
import { readDiagnostic } from '../src/diagnostic/read.js';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { UsageError } from '../src/core/problems.js';
import { runMain } from './memory-io.js';
import { FIXTURES, ROOT, sourceOf } from './helpers.js';
import { fr, frPattern } from './french.js';

const MINI = join(FIXTURES, 'mini.yaml');
const answers = ['test/fixtures/answers/alice.yaml', 'test/fixtures/answers/bob.yaml'].map((f) => join(ROOT, f));

describe('saved diagnostics of version 1', () => {
  it('are upgraded to a valid current diagnostic', () => {
    const upgraded = readDiagnostic(sourceOf(join(FIXTURES, 'diagnostic-v1/alice-bob.json')));
    expect(upgraded.schemaVersion).toBe(3);
    expect(validateDiagnostic(upgraded)).toBe(true);
  });

  it('keep the scores today\'s scoring gives the same answers', async () => {
    const fresh = JSON.parse((await runMain(['score', ...answers, '-q', MINI, '--format', 'json'])).stdout) as { dimensions: { id: string; score: number; coverage: number }[] };
    const upgraded = readDiagnostic(sourceOf(join(FIXTURES, 'diagnostic-v1/alice-bob.json')));
    expect(upgraded.dimensions.map((d) => [d.id, d.score, d.coverage])).toEqual(fresh.dimensions.map((d) => [d.id, d.score, d.coverage]));
  });

  it.each([
    ['diagnostic-v1/alice-bob.json', 'v1-alice-bob.fr.md', 'fr'],
    ['diagnostic-v1/alice-bob.json', 'v1-alice-bob.en.txt', 'en'],
    ['diagnostic-v1/multi-respondents.json', 'v1-multi-respondents.fr.md', 'fr'],
  ])('%s renders as %s (golden)', async (input, golden, lang) => {
    const format = golden.endsWith('.md') ? 'md' : 'text';
    // A relative path (runMain starts in the repository): the text report prints it in a command.
    const result = await runMain(['report', `test/fixtures/${input}`, '--format', format, '--lang', lang]);
    expect(result.code).toBe(0);
    // The next steps of version 1 are kept as advice; nothing that version 1 did not hold is made up.
    expect(result.stdout).not.toMatch(/Profils repérés|Patterns found|À vérifier avant|To check before/);
    const file = join(ROOT, 'test/golden', golden);
    if (process.env['UPDATE_GOLDEN']) writeFileSync(file, result.stdout);
    expect(result.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('reading a diagnostic', () => {
  it('refuses a newer version, saying to update cocon', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const file = join(dir, 'future.json');
    writeFileSync(file, '{\n  "schemaVersion": 99\n}\n');
    const result = await runMain(['report', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(fr(`${file}:2:20: diagnostic de version 99, écrit par un cocon plus récent ; cette version de cocon lit jusqu'à la version 3 : mettez cocon à jour\n`));
  });

  it('validate accepts both versions', async () => {
    const current = await runMain(['score', ...answers, '-q', MINI, '--format', 'json']);
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    writeFileSync(join(dir, 'v2.json'), current.stdout);
    const result = await runMain(['validate', join(dir, 'v2.json'), join(FIXTURES, 'diagnostic-v1/alice-bob.json')]);
    expect(result.stderr).not.toMatch(/erreur/);
    expect(result.code).toBe(0);
  });
});

describe('choosing a format', () => {
  const choose = (request: { format?: string; out?: string; terminal?: boolean }) => chooseFormat('diagnostic', { terminal: false, ...request });

  it('--format wins; then the --out extension; then the terminal summary on a terminal, Markdown elsewhere', () => {
    expect(choose({ format: 'json', out: 'x.md' })).toBe('json');
    expect(choose({ out: 'rapport.JSON' })).toBe('json');
    expect(choose({ out: 'rapport.markdown' })).toBe('md');
    expect(choose({ out: 'resume.txt' })).toBe('text');
    expect(choose({ out: 'rapport' })).toBe('md');
    expect(choose({ out: 'rapport.html' })).toBe('html');
    expect(choose({ out: 'rapport.HTM' })).toBe('html');
    expect(choose({ out: 'rapport.pdf' })).toBe('pdf');
    expect(choose({ terminal: true })).toBe('text');
    expect(choose({})).toBe('md');
  });

  it('an extension cocon does not write is an error, not Markdown under another name', async () => {
    expect(() => choose({ out: 'rapport.docx' })).toThrow(UsageError);
    const result = await runMain(['score', answers[0]!, '-q', MINI, '--out', join(mkdtempSync(join(tmpdir(), 'cocon-')), 'rapport.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(frPattern(/^usage : cocon n'écrit pas de fichier « \.docx » \(.*rapport\.docx\) ; extensions possibles : \.txt, \.md, \.markdown, \.json, \.html, \.htm, \.pdf, ou indiquez --format\n$/));
  });

  it('the CLI offers exactly the registered formats', async () => {
    const help = await runMain(['score', '--help']);
    expect(help.stdout).toContain(formatsOf('diagnostic').join(', '));
  });
});

describe('large diagnostics', () => {
  it('report reads a diagnostic over the 4 MiB limit of YAML inputs, as score can write them', async () => {
    const scored = await runMain(['score', 'examples/multi-respondents', '--format', 'json', '--attribute']);
    const diagnostic = JSON.parse(scored.stdout) as { dimensions: { questions: { responses: { comment?: string }[] }[] }[] };
    // Long comments, as thousands of respondents would write: about 6 MB in all.
    for (const d of diagnostic.dimensions) for (const q of d.questions) for (const r of q.responses) r.comment = 'x'.repeat(40_000);
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const file = join(dir, 'grand.json');
    writeFileSync(file, JSON.stringify(diagnostic, null, 2));
    expect(readFileSync(file).byteLength).toBeGreaterThan(4 * 1024 * 1024);
    const result = await runMain(['report', file, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(diagnostic);
  });

  it('a large file that is not JSON is still refused past 4 MiB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const file = join(dir, 'grand.yaml');
    writeFileSync(file, `a: ${'x'.repeat(5 * 1024 * 1024)}\n`);
    const result = await runMain(['report', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fichier trop volumineux/);
  });
});
