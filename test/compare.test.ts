// cocon compare: the uncertainty rule on hand-computed cases, what a comparison lists, the gate,
// and the command as a user meets it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDiagnostics } from '../src/compare/compare.js';
import type { Figure } from '../src/compare/contract.js';
import { verdictOf } from '../src/compare/verdict.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { fr, frPattern } from './french.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const OLD = 'examples/suivi-val-de-brume/2025-03-11.yaml';
const NEW = 'examples/suivi-val-de-brume/2026-03-14.yaml';
/** The snapshots answer version 1.0.0 of the questionnaire and are scored on it (not carried to the current one). */
const V1 = ['-q', 'coconstruction-territoriale@1.0.0'];
const f = (score: number | null, range: [number, number] | null = null): Figure => ({ score, level: null, certainty: null, range: range && { low: range[0], high: range[1] }, coverage: 100 });

describe('the uncertainty rule (ranges that do not overlap)', () => {
  it.each([
    // [old, new, delta, verdict, beyond], computed by hand
    ['no unknowns, up', f(40), f(46.5), 6.5, 'progress', 6.5],
    ['no unknowns, down', f(40), f(38), -2, 'regression', -2],
    ['same score', f(40, [30, 50]), f(40, [35, 45]), 0, 'unchanged', 0],
    ['up, ranges overlap: 50 ≥ 48', f(40, [30, 50]), f(55, [48, 60]), 15, 'within-uncertainty', 0],
    ['up, ranges touch: 50 = 50 is not proof', f(40, [30, 50]), f(55, [50, 60]), 15, 'within-uncertainty', 0],
    ['up beyond: new low 52.5 − old high 50 = 2.5', f(40, [30, 50]), f(55, [52.5, 60]), 15, 'progress', 2.5],
    ['down beyond: new high 24 − old low 30 = −6', f(40, [30, 50]), f(20, [10, 24]), -20, 'regression', -6],
    ['old range, new exact: 33.2 − 27.8 = 5.4', f(15, [12.8, 27.8]), f(33.2), 18.2, 'progress', 5.4],
  ] as const)('%s', (_name, from, to, delta, verdict, beyond) => {
    expect(verdictOf(from, to)).toEqual({ delta, verdict, beyond });
  });

  it('a missing score or figure is not comparable', () => {
    expect(verdictOf(f(null), f(50)).verdict).toBe('not-comparable');
    expect(verdictOf(null, f(50)).verdict).toBe('not-comparable');
  });
});

async function diagnosticOf(file: string): Promise<Diagnostic> {
  const result = await runMain(['score', file, '-f', 'json', ...V1]);
  return JSON.parse(result.stdout) as Diagnostic;
}

describe('compareDiagnostics', () => {
  it('lists changed questions, unknowns resolved, recommendations done and new', async () => {
    const comparison = compareDiagnostics([await diagnosticOf(OLD), await diagnosticOf(NEW)]);
    // dialogue-espace: aucun (0/4) → regulier (2/4): 0 → 50.
    expect(comparison.questions.find((q) => q.id === 'dialogue-espace')).toMatchObject({ from: { status: 'answered', score: 0 }, to: { status: 'answered', score: 50 }, delta: 50 });
    // experimentations-tiers-lieu: communaute (2/4) → prete (1/4): 50 → 25.
    expect(comparison.questions.find((q) => q.id === 'experimentations-tiers-lieu')?.delta).toBe(-25);
    expect(comparison.questions.some((q) => q.id === 'dialogue-mondes')).toBe(false);
    expect(comparison.unknowns.resolved.map((q) => q.id)).toEqual(['dialogue-diagnostic', 'partenariats-accompagnement']);
    expect(comparison.unknowns.new).toEqual([]);
    const done = comparison.recommendations.done.map((r) => (r.kind === 'advice' ? r.id : r.question));
    // dialogue-decisions-elus waits on a diagnostic known not to be shared: the old answers did not
    // know it, so it was never advised (a condition on an unknown answer is not known true).
    expect(done).toEqual(['dialogue-catalyseur-designer', 'dialogue-espace-regulier', 'dialogue-cartographie-liste']);
    expect(comparison.recommendations.new.map((r) => (r.kind === 'advice' ? r.id : r.question))).toContain('dialogue-catalyseur-mandat');
    expect(comparison.notComparable).toEqual([]);
    const dialogue = comparison.dimensions.find((d) => d.id === 'dialogue')!;
    expect(dialogue.delta).toBe(Math.round((dialogue.to!.score! - dialogue.from!.score!) * 10) / 10);
    expect(dialogue).toMatchObject({ verdict: 'progress', levelMove: 'up' });
  });

  it('across questionnaire versions, compares only questions present in both with the same dimension and type', async () => {
    const before = await diagnosticOf(OLD);
    const after = structuredClone(await diagnosticOf(NEW));
    after.questionnaire.version = '1.1.0';
    const dialogue = after.dimensions.find((d) => d.id === 'dialogue')!;
    dialogue.questions = dialogue.questions.filter((q) => q.id !== 'dialogue-espace');
    dialogue.questions.find((q) => q.id === 'dialogue-catalyseur')!.type = 'scale';
    dialogue.questions.push({ ...dialogue.questions[0]!, id: 'dialogue-nouvelle' });
    const comparison = compareDiagnostics([before, after]);
    expect(comparison.notComparable.map(({ id, reason }) => ({ id, reason }))).toEqual([
      { id: 'dialogue-catalyseur', reason: 'changed' },
      { id: 'dialogue-nouvelle', reason: 'only-new' },
      { id: 'dialogue-espace', reason: 'only-old' },
    ]);
    expect(comparison.questions.some((q) => ['dialogue-espace', 'dialogue-catalyseur', 'dialogue-nouvelle'].includes(q.id))).toBe(false);
  });
});

describe('cocon compare', () => {
  it('answers files at two dates: the Markdown report, in French', async () => {
    const result = await runMain(['compare', OLD, NEW, ...V1]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(fr('| Dialogue territorial | 15 (12,8–27,8) | 33,2 | \\+18,2 | Émergent (à confirmer) → Engagé | en progrès (+5,4 pts au-delà de l’incertitude) |'));
    expect(result.stdout).toContain(fr('| Ensemble | 14,9 (13,4–23,9) | 20,8 (20,3–23,9) | \\+5,9 | Émergent (à confirmer) → Émergent (à confirmer) | dans l’incertitude |'));
  });

  it('reads saved diagnostics as well as answers, and writes JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-compare-'));
    const saved = join(folder, 'old.json');
    writeFileSync(saved, JSON.stringify(await diagnosticOf(OLD)));
    const result = await runMain(['compare', saved, join(ROOT, NEW), '-f', 'json', ...V1]);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison).toMatchObject({ comparisonVersion: 1, territory: 'Val-de-Brume', territories: [] });
    expect(comparison.snapshots.map((s: { date: string }) => s.date)).toEqual(['2025-03-11', '2026-03-14']);
  });

  it('--fail-on-regression N fails only beyond the uncertainty by more than N points', async () => {
    // Reversed: dialogue falls from 33.2 (exact) to 15 (12.8–27.8): 27.8 − 33.2 = 5.4 points beyond.
    const five = await runMain(['compare', NEW, OLD, '-f', 'json', '--fail-on-regression', '5', ...V1]);
    expect(five.code).toBe(1);
    expect(five.stderr).toBe(fr('Dialogue territorial : recul de 5,4 points au-delà de l’incertitude (seuil --fail-on-regression 5)\n'));
    const six = await runMain(['compare', NEW, OLD, '-f', 'json', '--fail-on-regression', '6', ...V1]);
    expect(six).toMatchObject({ code: 0, stderr: '' });
    expect((await runMain(['compare', OLD, NEW, '-f', 'json', '--fail-on-regression', 'x', ...V1])).code).toBe(2);
  });

  it('three snapshots show the trend; English; text', async () => {
    const result = await runMain(['compare', OLD, NEW, NEW, '--lang', 'en', '-f', 'text', ...V1]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Progress — Val-de-Brume\n/);
    expect(result.stdout).toMatch(/Trend\nDate +Territorial dialogue +Partnerships between organisations +Collective experimentations +Overall\n/);
    expect(result.stdout).toMatch(/2025-03-11 +15 +9\.3 +20\.3 +14\.9\n/);
  });

  it('names territories that differ, and refuses another questionnaire', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-compare-'));
    const renamed = join(folder, 'renamed.yaml');
    writeFileSync(renamed, readFileSync(join(ROOT, NEW), 'utf8').replace('territory: Val-de-Brume', 'territory: "Val *de* Brume <b>"'));
    const result = await runMain(['compare', OLD, renamed, ...V1]);
    // Markdown and HTML in a territory name are made inert.
    expect(result.stdout).toContain('Val \\*de\\* Brume &lt;b&gt;');
    expect(result.stdout).toContain(fr('> Attention : les diagnostics portent des noms de territoire différents (Val-de-Brume, Val \\*de\\* Brume &lt;b&gt;).'));
    const other = await runMain(['compare', OLD, 'test/fixtures/answers/alice.yaml', '-q', 'test/fixtures/mini.yaml']);
    expect(other.code).toBe(2);
  });
});

describe('cocon compare across questionnaire versions', () => {
  it('a 1.0.0 diagnostic against answers carried to the current version: questions not comparable are listed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cocon-compare-'));
    const saved = join(folder, 'old.json');
    writeFileSync(saved, JSON.stringify(await diagnosticOf(OLD)));
    const result = await runMain(['compare', saved, NEW, '-f', 'json']);
    expect(result.code).toBe(0);
    // The newer answers are carried to the current version, and cocon says so, as score does.
    expect(result.stderr).toMatch(frPattern(/2026-03-14\.yaml : réponses à la version 1\.0\.0, reprises dans la version 2\.0\.0/));
    const comparison = JSON.parse(result.stdout);
    expect(comparison.snapshots.map((s: { questionnaire: { version: string } }) => s.questionnaire.version)).toEqual(['1.0.0', '2.0.0']);
    const reasons = Object.fromEntries(comparison.notComparable.map((q: { id: string; reason: string }) => [q.id, q.reason]));
    expect(reasons).toMatchObject({ 'dialogue-rencontres': 'only-new', 'dialogue-metiers': 'only-old' });
    // A question kept by 2.0.0 is still compared.
    expect(comparison.questions.some((q: { id: string }) => q.id === 'dialogue-catalyseur')).toBe(true);
    const md = await runMain(['compare', saved, NEW]);
    expect(md.stdout).toContain(fr('> Questionnaire 1.0.0 puis 2.0.0 : seules les questions présentes dans les deux versions'));
  });
});
