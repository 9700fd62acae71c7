// The command line as a user or a CI job meets it, run in-process on the source (main() with
// in-memory streams): one table of scenarios (arguments → exit code, stdout, stderr), then golden
// reports for every format. test/smoke.test.ts checks that the built binary behaves the same.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { ROOT } from './helpers.js';
import { fr, frPattern } from './french.js';
import { runMain, type Captured } from './memory-io.js';
import { COMMANDS } from '../src/cli/commands/index.js';
import { say } from '../src/i18n/messages.js';

/** `cocon ARGS`, in French unless `env` says otherwise. */
const cocon = (args: string[], env?: Record<string, string>): Promise<Captured> => runMain(args, { env: { LANG: 'fr_FR.UTF-8', ...env } });

const MINI = 'test/fixtures/mini.yaml';
const ALICE = 'test/fixtures/answers/alice.yaml';
const BOB = 'test/fixtures/answers/bob.yaml';
const PETIT = 'test/fixtures/errors/petit.yaml';
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Scenario {
  name: string;
  args: string[];
  env?: Record<string, string>;
  code: number;
  stdout?: RegExp | string;
  stderr?: RegExp | string;
}

const scenarios: Scenario[] = [
  { name: 'version', args: ['--version'], code: 0, stdout: `${PACKAGE_VERSION}\n` },
  { name: 'help lists the commands, in French by default', args: ['--help'], code: 0, stdout: new RegExp(`^Utilisation : cocon[\\s\\S]*Autodiagnostic[\\s\\S]*${Object.keys(COMMANDS).map((c) => `\\n  ${c} `).join('[\\s\\S]*')}`) },
  { name: 'help in English', args: ['--help', '--lang', 'en'], code: 0, stdout: /Self-assessment/ },
  { name: 'help in English from LANG', args: ['score', '--help'], env: { LANG: 'en_GB.UTF-8' }, code: 0, stdout: /exit code 1 if the overall score is below N/ },
  { name: 'unknown command', args: ['scor'], code: 2, stdout: '', stderr: 'usage : commande inconnue « scor » ; commandes : score, report, compare, benchmark, validate, init, list, run, form, export, migrate\n' },
  { name: 'unknown option', args: ['score', ALICE, '--fail-undr', '3'], code: 2, stderr: 'usage : option inconnue « --fail-undr » (voir cocon --help)\n' },
  { name: 'missing argument', args: ['score'], code: 2, stderr: /^usage : argument manquant/ },
  { name: 'unknown language', args: ['score', ALICE, '--lang', 'de'], code: 2, stderr: 'usage : langue « de » inconnue ; langues possibles : fr, en\n' },
  { name: 'unknown format', args: ['score', ALICE, '-q', MINI, '--format', 'xml'], code: 2, stderr: 'usage : format « xml » inconnu ; formats possibles : text, md, json, html, pdf\n' },
  { name: 'missing file', args: ['score', 'nope.yaml', '-q', MINI], code: 2, stdout: '', stderr: 'nope.yaml:1:1: fichier introuvable : nope.yaml\n' },
  { name: 'unknown questionnaire id', args: ['score', ALICE, '-q', 'inexistant'], code: 2, stderr: /^usage : questionnaire « inexistant » introuvable/ },
  { name: 'score: Markdown by default without a terminal', args: ['score', ALICE, '-q', MINI], code: 0, stdout: /^# .*Val-de-Test/, stderr: '' },
  { name: 'score: JSON', args: ['score', ALICE, '-q', MINI, '-f', 'json'], code: 0, stdout: /"schemaVersion": 3/, stderr: '' },
  { name: 'fail-under not met → 1, one line on stderr, report still on stdout', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--fail-under', '60'], code: 1, stdout: /"score": 59/, stderr: 'score global 59 < seuil --fail-under 60\n' },
  { name: 'fail-under met → 0', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--fail-under', '59'], code: 0, stderr: '' },
  { name: 'fail-under in English', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--fail-under', '80', '--lang', 'en'], code: 1, stderr: 'overall score 59 < --fail-under threshold 80\n' },
  { name: 'fail-under must be a percentage', args: ['score', ALICE, '-q', MINI, '--fail-under', 'beaucoup'], code: 2, stderr: 'usage : --fail-under attend un nombre de 0 à 100 ; reçu « beaucoup »\n' },
  { name: 'min-level per dimension not met', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--min-level', 'alpha=haut', '--min-level', 'beta=milieu'], code: 1, stderr: 'Alpha : niveau Milieu, en dessous du niveau exigé Haut\n' },
  { name: 'min-level overall met', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--min-level', 'overall=milieu'], code: 0 },
  { name: 'several gates fail at once', args: ['score', ALICE, '-q', MINI, '-f', 'json', '--min-level', 'overall=haut', '--fail-under', '90'], code: 1, stderr: 'score global 59 < seuil --fail-under 90\noverall : niveau Milieu, en dessous du niveau exigé Haut\n' },
  { name: 'min-level: unknown dimension', args: ['score', ALICE, '-q', MINI, '--min-level', 'gamma=haut'], code: 2, stderr: 'usage : --min-level : dimension inconnue « gamma » ; possibles : overall, alpha, beta\n' },
  { name: 'min-level: unknown level', args: ['score', ALICE, '-q', MINI, '--min-level', 'alpha=sommet'], code: 2, stderr: 'usage : --min-level : niveau inconnu « sommet » ; possibles : debut, milieu, haut\n' },
  { name: 'min-level: malformed', args: ['score', ALICE, '-q', MINI, '--min-level', 'alpha'], code: 2, stderr: 'usage : --min-level attend DIMENSION=NIVEAU (ou overall=NIVEAU) ; reçu « alpha »\n' },
  { name: 'min-coverage not met', args: ['score', BOB, '-q', MINI, '-f', 'json', '--min-coverage', '95'], code: 1, stderr: /^couverture 8\d(,\d)? % < seuil --min-coverage 95 %\n$/ },
  { name: 'a folder of answers files', args: ['score', 'test/fixtures/answers', '-q', MINI, '-f', 'json'], code: 0, stdout: /"omitted": 2/ },
  { name: 'answers for another questionnaire', args: ['score', 'test/fixtures/errors/a-valid.yaml', '-q', MINI], code: 2, stderr: 'test/fixtures/errors/a-valid.yaml:1:22: ces réponses sont pour le questionnaire « petit », pas pour « mini »\n' },
  { name: 'mixed questionnaires', args: ['score', ALICE, 'test/fixtures/errors/a-valid.yaml', '-q', MINI], code: 2, stderr: /^test\/fixtures\/errors\/a-valid\.yaml:1:16: les fichiers de réponses mélangent des questionnaires : mini@1\.2\.0 et petit@1\.0\.0/ },
  { name: 'the questionnaire comes from the answers when it is bundled, else a located error', args: ['score', 'test/fixtures/errors/a-valid.yaml'], code: 2, stderr: /^test\/fixtures\/errors\/a-valid\.yaml:1:22: questionnaire « petit » introuvable/ },
  { name: 'answers checked against a questionnaire file', args: ['score', 'test/fixtures/errors/a-valid.yaml', '-q', PETIT, '-f', 'json'], code: 0 },
  { name: 'compare: two dates of one territory', args: ['compare', 'examples/suivi-val-de-brume/2025-03-11.yaml', 'examples/suivi-val-de-brume/2026-03-14.yaml', '-q', 'coconstruction-territoriale@1.0.0'], code: 0, stdout: /^# Évolution — Val-de-Brume\n/, stderr: '' },
  { name: 'compare needs two inputs', args: ['compare', ALICE], code: 2, stderr: 'usage : compare attend au moins deux diagnostics ou réponses (ANCIEN NOUVEAU, ou --history DOSSIER) ; reçu 1\n' },
  { name: 'compare: --fail-on-regression must be a number', args: ['compare', ALICE, ALICE, '-q', MINI, '--fail-on-regression', 'beaucoup'], code: 2, stderr: 'usage : --fail-on-regression attend un nombre de 0 à 100 ; reçu « beaucoup »\n' },
  { name: 'validate a questionnaire', args: ['validate', MINI], code: 0, stdout: '', stderr: `${MINI} : questionnaire valide\n` },
  { name: 'form: one HTML page on stdout', args: ['form', '-q', MINI], code: 0, stdout: /^<!doctype html>\n<html lang="fr">[\s\S]*<\/html>\n$/, stderr: '' },
  { name: 'export: CSV with a byte-order mark on stdout', args: ['export', '--per-respondent', ALICE, '-q', MINI], code: 0, stdout: /^\uFEFFn° \(données par répondant, à ne pas diffuser\);territoire;/, stderr: 'ce tableau contient des données par répondant : réservé à l’animateur, à ne pas diffuser\n' },
  { name: 'list the bundled questionnaires', args: ['list'], code: 0, stdout: /^coconstruction-territoriale\s+2\.0\.0\s+.+\s+\d+ questions\ncoconstruction-territoriale\s+1\.0\.0\s+.+\s+31 questions\n$/ },
];

/** Help as words, whatever the width commander wraps it to. */
const words = (text: string) => text.replace(/\s+/g, ' ');

// Every command of the table, in each language: its help shows its description, then each of its
// options with their help, and `cocon --help` lists it.
const helpScenarios = Object.entries(COMMANDS).flatMap(([command, { spec }]) => (['fr', 'en'] as const).map((lang) => ({ command, spec, lang })));

describe('cocon COMMAND --help, for every command of the table', () => {
  it.each(helpScenarios)('$command --help ($lang)', async ({ command, spec, lang }) => {
    const result = await cocon([command, '--help', '--lang', lang]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const expected = [say(spec.help, lang), ...spec.options.flatMap((o) => [o.flags, say(o.help, lang)])].map(words);
    let from = 0;
    for (const piece of expected) {
      const at = words(result.stdout).indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
    }
    expect(words((await cocon(['--help', '--lang', lang])).stdout)).toContain(` ${command} `);
  });
});

describe('cocon, scenario by scenario', () => {
  it.each(scenarios)('$name', async ({ args, env, code, stdout, stderr }) => {
    const result = await cocon(args, env);
    const check = (actual: string, expected: RegExp | string | undefined) => {
      if (expected instanceof RegExp) expect(actual).toMatch(frPattern(expected));
      else if (expected !== undefined) expect(actual).toBe(fr(expected));
    };
    check(result.stderr, stderr);
    check(result.stdout, stdout);
    expect(result.code).toBe(code);
  });

  it('never prints a stack trace, even for a file that is a folder or binary', async () => {
    for (const args of [['score', 'test/fixtures', '-q', MINI], ['validate', 'test'], ['score', 'test/fixtures/errors/h-binary.yaml', '-q', MINI]]) {
      const result = await cocon(args);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('--out, report and init', () => {
  it('--out writes the report atomically and keeps stdout empty; the format follows the extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const out = join(dir, 'diagnostic.json');
    const result = await cocon(['score', ALICE, '-q', MINI, '--out', out]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: fr(`écrit : ${out}\n`) });
    const diagnostic = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateDiagnostic(diagnostic)).toBe(true);
  });

  it('report renders a saved diagnostic again, identically to score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const out = join(dir, 'd.json');
    await cocon(['score', ALICE, BOB, '-q', MINI, '-f', 'json', '-o', out]);
    for (const format of ['md', 'json', 'text']) {
      for (const lang of ['fr', 'en']) {
        const again = await cocon(['report', out, '-f', format, '--lang', lang]);
        const direct = await cocon(['score', ALICE, BOB, '-q', MINI, '-f', format, '--lang', lang]);
        expect(again.code).toBe(0);
        // The summary's last line suggests the command at hand (report or score) for the full report.
        const withoutHint = (text: string) => text.replace(/^(Rapport complet|Full report)[ \u202F]?: .*\n/m, '');
        expect(withoutHint(again.stdout)).toBe(withoutHint(direct.stdout));
      }
    }
  });

  it('report refuses a file that is not a diagnostic, with a located message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "schemaVersion": 0\n}\n');
    const result = await cocon(['report', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fr(`${file}:2:20: valeur « 0 » invalide ; valeurs possibles : « 2 », « 3 »`));
    expect(result.stderr).toContain(fr(`${file}:1:1: champ obligatoire manquant : « questionnaire »`));
  });

  it('init writes a template that validates and scores as "all unknown", and never overwrites silently', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-'));
    const file = join(dir, 'reponses.yaml');
    expect((await cocon(['init', file, '-q', MINI])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/cdn\.jsdelivr\.net\/npm\/cocon-territoire@[\d.]+\/schemas\/answers\.schema\.json\n/);
    expect(text).toContain('# a1. Qui anime le dialogue ?');
    expect(text).toContain('#     catalyseur: Un catalyseur identifié');
    expect((await cocon(['validate', file, '-q', MINI])).code).toBe(0);
    const scored = JSON.parse((await cocon(['score', file, '-q', MINI, '-f', 'json'])).stdout);
    expect(scored.overall.coverage).toBe(0);
    const again = await cocon(['init', file, '-q', MINI]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(fr(`usage : ${file} existe déjà ; choisissez un autre nom ou utilisez --force\n`));
    expect((await cocon(['init', file, '-q', MINI, '--force', '--lang', 'en'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('# a1. Who runs the dialogue?');
  });

  it('init without a file prints the template on stdout', async () => {
    const result = await cocon(['init', '-q', MINI]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  b3: ne-sait-pas');
  });
});

describe('golden reports', () => {
  const goldenCases: [name: string, args: string[]][] = [
    ['alice.fr.md', ['score', ALICE, '-q', MINI, '-f', 'md']],
    ['alice.en.md', ['score', ALICE, '-q', MINI, '-f', 'md', '--lang', 'en']],
    ['alice.json', ['score', ALICE, '-q', MINI, '-f', 'json']],
    ['alice-bob.fr.md', ['score', ALICE, BOB, '-q', MINI, '-f', 'md']],
    ['alice-bob.json', ['score', ALICE, BOB, '-q', MINI, '-f', 'json']],
    ['alice-bob.fr.txt', ['score', ALICE, BOB, '-q', MINI, '-f', 'text']],
    ['alice-bob.en.txt', ['score', ALICE, BOB, '-q', MINI, '-f', 'text', '--lang', 'en']],
  ];
  it.each(goldenCases)('%s', async (name, args) => {
    const result = await cocon(args);
    expect(result.code).toBe(0);
    const file = join(ROOT, 'test/golden', name);
    if (process.env['UPDATE_GOLDEN']) writeFileSync(file, result.stdout);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/cli.test.ts and review it`).toBe(true);
    expect(result.stdout).toBe(readFileSync(file, 'utf8'));
    if (name.endsWith('.json')) expect(validateDiagnostic(JSON.parse(result.stdout))).toBe(true);
  });

  it('is byte-identical from one run to the next', async () => {
    const args = ['score', ALICE, BOB, '-q', MINI, '-f', 'json'];
    expect((await cocon(args)).stdout).toBe((await cocon(args)).stdout);
  });
});
