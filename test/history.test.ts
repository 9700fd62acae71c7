// History without a server: score --history files one JSON diagnostic per date, compare --history
// reads the folder back in the order of time and shows each dimension's trend.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { fr } from './french.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const OLD = join(ROOT, 'examples/suivi-val-de-brume/2025-03-11.yaml');
const NEW = join(ROOT, 'examples/suivi-val-de-brume/2026-03-14.yaml');
/** The snapshots answer version 1.0.0 of the questionnaire and are scored on it. */
const V1 = ['-q', 'coconstruction-territoriale@1.0.0'];

describe('score --history and compare --history', () => {
  it('files each scoring as DATE.json, replacing the same day, and compares the folder in date order', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'cocon-history-')), 'historique');
    // Scored out of order: the file names, not the order of scoring, give the order of time.
    const second = await runMain(['score', NEW, '-f', 'json', ...V1, '--history', history]);
    expect(second).toMatchObject({ code: 0, stderr: fr(`écrit : ${join(history, '2026-03-14.json')}\n`) });
    await runMain(['score', OLD, '-f', 'json', ...V1, '--history', history]);
    await runMain(['score', OLD, '-f', 'json', ...V1, '--history', history]);
    expect(readdirSync(history).sort()).toEqual(['2025-03-11.json', '2026-03-14.json']);
    const filed = JSON.parse(readFileSync(join(history, '2026-03-14.json'), 'utf8'));
    expect(validateDiagnostic(filed)).toBe(true);
    expect(filed).toEqual(JSON.parse(second.stdout));

    // A third date: the 2026 answers again, dated a year later.
    const later = join(history, '..', 'later.yaml');
    writeFileSync(later, readFileSync(NEW, 'utf8').replace('date: 2026-03-14', 'date: 2027-03-09'));
    await runMain(['score', later, '-f', 'json', ...V1, '--history', history]);

    const trend = await runMain(['compare', '--history', history, '-f', 'text', '--lang', 'en']);
    expect(trend.code).toBe(0);
    expect(trend.stdout).toMatch(/Diagnostics compared: 2025-03-11 \(questionnaire 1\.0\.0\) → 2026-03-14\s+\(questionnaire 1\.0\.0\) → 2027-03-09/);
    // One row per date, oldest first: dialogue 15 → 33.2 → 33.2, overall 14.9 → 20.8 → 20.8.
    expect(trend.stdout).toMatch(/Trend\nDate +Territorial dialogue +Partnerships between organisations +Collective experimentations +Overall\n[─ ]+\n2025-03-11 +15 +9\.3 +20\.3 +14\.9\n2026-03-14 +33\.2 +10\.3 +19 +20\.8\n2027-03-09 +33\.2 +10\.3 +19 +20\.8\n/);
  });

  it('a history of one date is not enough to compare; a missing folder is an empty history', async () => {
    const history = mkdtempSync(join(tmpdir(), 'cocon-history-'));
    await runMain(['score', NEW, '-f', 'json', ...V1, '--history', history]);
    expect(await runMain(['compare', '--history', history])).toMatchObject({ code: 2, stderr: fr('usage : compare attend au moins deux diagnostics ou réponses (ANCIEN NOUVEAU, ou --history DOSSIER) ; reçu 1\n') });
    // The history and an answers file named on the line: compared after it.
    const both = await runMain(['compare', '--history', history, OLD, '-f', 'json', ...V1]);
    expect(JSON.parse(both.stdout).snapshots.map((s: { date: string }) => s.date)).toEqual(['2026-03-14', '2025-03-11']);
    expect((await runMain(['compare', '--history', join(history, 'nope')])).code).toBe(2);
    expect(existsSync(join(history, 'nope'))).toBe(false);
  });
});
