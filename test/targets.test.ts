// Targets: reading them (file and --target), percent-to-target and the roadmap on hand-computed
// figures, and the commands that show them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { targetProgress } from '../src/targets/progress.js';
import { targetsFromOptions } from '../src/targets/targets.js';
import { fr } from './french.js';
import { runMain } from './memory-io.js';

const OLD = 'examples/suivi-val-de-brume/2025-03-11.yaml';
const NEW = 'examples/suivi-val-de-brume/2026-03-14.yaml';
const TARGETS = 'examples/suivi-val-de-brume/cibles.yaml';
/** The snapshots answer version 1.0.0 of the questionnaire and are scored on it. */
const V1 = ['-q', 'coconstruction-territoriale@1.0.0'];

async function diagnosticOf(file: string): Promise<Diagnostic> {
  return JSON.parse((await runMain(['score', file, '-f', 'json', ...V1])).stdout) as Diagnostic;
}

describe('--target', () => {
  it('reads a level or a score per dimension or overall', () => {
    expect(targetsFromOptions(['dialogue=ancre', 'overall=60', 'partenariats=42.5'])).toEqual([
      { scope: 'dialogue', level: 'ancre' },
      { scope: 'overall', score: 60 },
      { scope: 'partenariats', score: 42.5 },
    ]);
    expect(() => targetsFromOptions(['dialogue'])).toThrow();
    expect(() => targetsFromOptions(['dialogue=101'])).toThrow();
  });
});

describe('percent-to-target and roadmap, by hand', () => {
  // Val-de-Brume 2026, dialogue: 33.2 with no unknown; applicable weight 3+2+3+3+2+1+2+2+2+2 = 22.
  // Partnerships: 10.3; applicable weight 3+2+2+2+2+3+1+1+1 (the unknown ODD question counts) = 17.
  it('measures the share of the target and lists questions, prerequisites first, until it is reached', async () => {
    const [dialogue, partnerships] = targetProgress(await diagnosticOf(NEW), [
      { scope: 'dialogue', level: 'structure' },
      { scope: 'partenariats', score: 30 },
    ]);
    // Structuré starts at 40: 100 · 33.2 / 40 = 83.
    expect(dialogue).toMatchObject({ target: { level: 'structure' }, targetScore: 40, current: 33.2, percent: 83, reached: false });
    // The shared diagnostic (weight 3, at 25): 3 · 75 / 22 = 10.23 → 43.4 ≥ 40, enough.
    expect(dialogue!.roadmap.map(({ question, gain, total }) => ({ question, gain, total }))).toEqual([{ question: 'dialogue-diagnostic', gain: 10.2, total: 43.4 }]);
    // 100 · 10.3 / 30 = 34.33; the first partnership advice moves strategie first (3 · 75 / 17 = 13.24 → 23.5),
    // then categories (2 · 80 / 17 = 9.41 → 32.9 ≥ 30).
    expect(partnerships).toMatchObject({ targetScore: 30, current: 10.3, percent: 34.3, reached: false });
    expect(partnerships!.roadmap.map(({ question, gain, total }) => ({ question, gain, total }))).toEqual([
      { question: 'partenariats-strategie', gain: 13.2, total: 23.5 },
      { question: 'partenariats-categories', gain: 9.4, total: 32.9 },
    ]);
  });

  it('a target reached has no roadmap; the share never exceeds 100', async () => {
    const [reached] = targetProgress(await diagnosticOf(NEW), [{ scope: 'dialogue', score: 30 }]);
    expect(reached).toMatchObject({ percent: 100, reached: true, roadmap: [] });
  });
});

describe('score and compare with targets', () => {
  it('score --target shows the targets and their roadmap; the JSON keeps them, valid', async () => {
    const md = await runMain(['score', NEW, ...V1, '--target', 'dialogue=structure']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(fr('| Dialogue territorial | Structuré (40) | 33,2 | 83 % | Non |'));
    expect(md.stdout).toContain(fr('### Feuille de route — Dialogue territorial vers Structuré (40)'));
    const json = await runMain(['score', NEW, ...V1, '-f', 'json', '--targets', TARGETS, '--target', 'partenariats=50']);
    const diagnostic = JSON.parse(json.stdout) as Diagnostic;
    expect(validateDiagnostic(diagnostic)).toBe(true);
    // --target replaces the file's target of the same scope.
    expect(diagnostic.targets!.map((t) => [t.scope, t.targetScore])).toEqual([
      ['dialogue', 40],
      ['partenariats', 50],
      ['overall', 20],
    ]);
    // The overall score reaches Engagé's 20, its level does not yet: said, without a question list.
    expect(diagnostic.targets![2]).toMatchObject({ current: 20.8, percent: 100, reached: false, roadmap: [] });
  });

  it('report re-renders a saved diagnostic with its targets', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-targets-'));
    const saved = join(folder, 'd.json');
    writeFileSync(saved, (await runMain(['score', NEW, ...V1, '-f', 'json', '--target', 'dialogue=structure'])).stdout);
    expect((await runMain(['report', saved, '--lang', 'en'])).stdout).toContain('| Territorial dialogue | Structured (40) | 33.2 | 83% | No |');
  });

  it('compare measures the targets on the newest snapshot', async () => {
    const result = await runMain(['compare', OLD, NEW, ...V1, '--targets', TARGETS, '-f', 'json']);
    expect(JSON.parse(result.stdout).targets.map((t: { scope: string; percent: number }) => [t.scope, t.percent])).toEqual([
      ['dialogue', 83],
      ['partenariats', 34.3],
      ['overall', 100],
    ]);
  });

  it('refuses unknown dimensions and levels, at their place in the file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-targets-'));
    const file = join(folder, 'cibles.yaml');
    writeFileSync(file, 'targets:\n  dialog: ancre\n  partenariats: sommet\n');
    const result = await runMain(['score', NEW, ...V1, '--targets', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      fr(
        `${file}:2:3: cible sur une dimension inconnue « dialog » ; possibles : overall, dialogue, partenariats, experimentations\n` +
          `${file}:3:17: cible sur un niveau inconnu « sommet » ; possibles : emergent, engage, structure, ancre, rayonnant\n`,
      ),
    );
    writeFileSync(file, 'targets:\n  dialogue: 120\n');
    expect((await runMain(['score', NEW, ...V1, '--targets', file])).stderr).toMatch(/^.*cibles\.yaml:2:13: /);
    expect(await runMain(['score', NEW, ...V1, '--target', 'dialogue'])).toMatchObject({ code: 2, stderr: fr('usage : --target attend DIMENSION=NIVEAU ou DIMENSION=SCORE (0 à 100), ou overall=… ; reçu « dialogue »\n') });
    expect(await runMain(['score', NEW, ...V1, '--target', 'dialogue=sommet'])).toMatchObject({ code: 2, stderr: fr('usage : cible sur un niveau inconnu « sommet » ; possibles : emergent, engage, structure, ancre, rayonnant\n') });
  });
});

describe('cocon validate on a targets file', () => {
  it('checks its shape, with the schema’s located messages', async () => {
    expect(await runMain(['validate', TARGETS])).toMatchObject({ code: 0, stderr: fr(`${TARGETS} : cibles valide\n`) });
    const folder = mkdtempSync(join(tmpdir(), 'cocon-targets-'));
    const file = join(folder, 'cibles.yaml');
    writeFileSync(file, 'targets:\n  dialogue: 120\n');
    expect(await runMain(['validate', file])).toMatchObject({ code: 2, stderr: fr(`${file}:2:13: attendu un nombre ≤ 100 ; trouvé 120\n1 erreur dans 1 fichier\n`) });
  });
});
