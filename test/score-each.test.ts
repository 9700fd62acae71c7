// cocon score --each: a network's territories at once, one diagnostic each and a summary table,
// with bad territories reported and skipped, thresholds per territory, and safe CSV cells.
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSummaryRow } from '../src/generated/validate-summary-row.js';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { territoryAttributes } from '../src/network/attributes.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { fr } from './french.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

/** A network of four territories: two folders of respondents, one single answers file, one broken folder. */
function network(): { dir: string; out: string } {
  const base = mkdtempSync(join(tmpdir(), 'cocon-each-'));
  const dir = join(base, 'reseau');
  mkdirSync(dir);
  cpSync(join(ROOT, 'examples/cinq-mondes-val-d-ambrelle'), join(dir, 'cinq-mondes'), { recursive: true });
  cpSync(join(ROOT, 'examples/douze-mondes-coteaux-de-vernelle'), join(dir, 'douze-mondes'), { recursive: true });
  cpSync(join(ROOT, 'examples/emergent-val-de-brume.yaml'), join(dir, 'val-de-brume.yaml'));
  mkdirSync(join(dir, 'casse'));
  writeFileSync(join(dir, 'casse', 'a.yaml'), 'questionnaire: { id: coconstruction-territoriale, version: 2.0.0 }\nrespondent: { territory: X }\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a territory');
  return { dir, out: join(base, 'sortie') };
}

const jsonLines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

describe('score --each DIR --out-dir OUT', () => {
  it('writes one diagnostic per territory, the same as cocon score of that folder, and a summary row for each', async () => {
    const { dir, out } = network();
    const run = await runMain(['score', '--each', dir, '--out-dir', out]);
    expect(run.code).toBe(2); // the broken territory
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${join(dir, 'casse', 'a.yaml')}:2:13: `);
    expect(run.stderr).toContain(fr('casse : territoire non noté (voir les erreurs ci-dessus)'));
    expect(run.stderr).toContain(fr(`3 territoires notés, 1 en erreur ; résumé : ${out}/summary.csv et ${out}/summary.jsonl`));
    expect(readdirSync(out).sort()).toEqual(['cinq-mondes.json', 'douze-mondes.json', 'summary.csv', 'summary.jsonl', 'val-de-brume.json']);

    for (const [file, source] of [['cinq-mondes.json', 'cinq-mondes'], ['douze-mondes.json', 'douze-mondes'], ['val-de-brume.json', 'val-de-brume.yaml']] as const) {
      const written = JSON.parse(readFileSync(join(out, file), 'utf8'));
      expect(validateDiagnostic(written)).toBe(true);
      const alone = await runMain(['score', join(dir, source), '-f', 'json']);
      expect(written).toEqual(JSON.parse(alone.stdout));
    }

    const rows = jsonLines(join(out, 'summary.jsonl'));
    expect(rows.map((r) => [r.source, r.status])).toEqual([['casse', 'invalid'], ['cinq-mondes', 'scored'], ['douze-mondes', 'scored'], ['val-de-brume.yaml', 'scored']]);
    for (const row of rows) expect(validateSummaryRow(row), JSON.stringify(validateSummaryRow.errors)).toBe(true);
    const douze = rows[2];
    const diagnostic = JSON.parse(readFileSync(join(out, 'douze-mondes.json'), 'utf8')) as Diagnostic;
    expect(douze).toMatchObject({
      territory: 'Coteaux de Vernelle',
      date: diagnostic.date,
      questionnaire: 'coconstruction-territoriale@2.0.0',
      respondents: 12,
      overall: { score: diagnostic.overall.score, level: diagnostic.overall.level, certainty: diagnostic.overall.certainty!.status, low: diagnostic.overall.range!.low, high: diagnostic.overall.range!.high, coverage: diagnostic.overall.coverage },
      gate: null,
      diagnostic: 'douze-mondes.json',
    });
    for (const d of diagnostic.dimensions) expect(douze.dimensions[d.id]).toEqual({ score: d.score, level: d.level, certainty: d.certainty!.status, low: d.range!.low, high: d.range!.high, coverage: d.coverage });

    // The CSV: the same rows, flattened, in the same order; the invalid one with empty figures.
    const csv = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => r['source'])).toEqual(rows.map((r) => r.source));
    expect(csv[0]).toMatchObject({ status: 'invalid', territory: '', overall_score: '', dialogue_score: '' });
    expect(csv[2]).toMatchObject({ territory: 'Coteaux de Vernelle', respondents: '12', overall_score: String(diagnostic.overall.score), dialogue_level: diagnostic.dimensions[0]!.level, 'contexte-population': douze.attributes['contexte-population'] ?? '' });
  });

  it('declares each territory by the option most of its respondents chose for each context question; a tie declares nothing', () => {
    const tallied = (counts: Record<string, number>) =>
      ({ context: [{ id: 'contexte-population', type: 'single', responses: [], tally: Object.entries(counts).map(([choice, count]) => ({ status: 'answered', choice, count })) }] }) as unknown as Diagnostic;
    expect(territoryAttributes(tallied({ 'moins-2000': 1, '2000-10000': 3 }))).toEqual({ 'contexte-population': '2000-10000' });
    expect(territoryAttributes(tallied({ 'moins-2000': 2, '2000-10000': 2 }))).toEqual({ 'contexte-population': null });
    expect(territoryAttributes(tallied({}))).toEqual({ 'contexte-population': null });
  });

  it('applies thresholds to each territory: exit 1 naming those that miss them, and a gate column', async () => {
    const { dir, out } = network();
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'casse'), { recursive: true });
    const run = await runMain(['score', '--each', dir, '--out-dir', out, '--fail-under', '40', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('val-de-brume.yaml: overall score 20.4 < --fail-under threshold 40');
    expect(run.stderr).not.toContain('cinq-mondes:');
    expect(jsonLines(join(out, 'summary.jsonl')).map((r) => r.gate)).toEqual(['pass', 'pass', 'fail']);
  });

  it('follows links to territories’ folders', async () => {
    const { dir, out } = network();
    const { rmSync, symlinkSync } = await import('node:fs');
    rmSync(join(dir, 'casse'), { recursive: true });
    const linked = join(dir, '..', 'liens');
    mkdirSync(linked);
    symlinkSync(join(dir, 'douze-mondes'), join(linked, 'douze'));
    const run = await runMain(['score', '--each', linked, '--out-dir', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['douze.json', 'summary.csv', 'summary.jsonl']);
  });

  it('writes the diagnostics in the format asked', async () => {
    const { dir, out } = network();
    const run = await runMain(['score', '--each', dir, '--out-dir', out, '-f', 'md']);
    expect(run.code).toBe(2);
    expect(readdirSync(out).filter((f) => f.endsWith('.md')).sort()).toEqual(['cinq-mondes.md', 'douze-mondes.md', 'val-de-brume.md']);
    expect(readFileSync(join(out, 'douze-mondes.md'), 'utf8')).toMatch(/^# Diagnostic de co-construction — Coteaux de Vernelle/);
  });

  it('refuses what cannot work, before scoring anything', async () => {
    const { dir, out } = network();
    const cases: [string[], string][] = [
      [['score', '--each', dir], '--each écrit un diagnostic par territoire : dites dans quel dossier avec --out-dir DOSSIER'],
      [['score', '--each', dir, '--out-dir', out, '--out', 'x.md'], '--each ne se combine pas avec --out'],
      [['score', '--each', dir, dir, '--out-dir', out], '--each attend un seul dossier'],
      [['score', '--each', dir, '--out-dir', dir], `--out-dir ${dir} est dans le dossier des territoires`],
      [['score', '--each', dir, '--out-dir', join(dir, 'sortie')], 'est dans le dossier des territoires'],
      [['score', '--each', dir, '--out-dir', join(dir, 'cinq-mondes', 'out')], 'est dans le dossier des territoires'],
      [['score', join(dir, 'val-de-brume.yaml'), '--out-dir', out], '--out-dir va avec --each'],
      [['score', '--each', dir, '--out-dir', out, '-f', 'xml'], 'xml'],
      [['score', '--each', dir, '--out-dir', out, '--jobs', '0'], '--jobs attend un nombre entier de 1 à 64, pas « 0 »'],
      [['score', '--each', dir, '--out-dir', out, '--jobs', 'deux'], '--jobs attend un nombre entier de 1 à 64, pas « deux »'],
      [['score', join(dir, 'val-de-brume.yaml'), '--jobs', '2'], '--jobs va avec --each'],
    ];
    for (const [argv, expected] of cases) {
      const run = await runMain(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toContain(fr(expected));
    }
    const empty = mkdtempSync(join(tmpdir(), 'cocon-each-empty-'));
    const none = await runMain(['score', '--each', empty, '--out-dir', out]);
    expect(none).toMatchObject({ code: 2 });
    expect(none.stderr).toContain(fr(`aucun territoire dans ${empty}`));
  });

  it('run again over its own output: replaces each diagnostic in place, through a link, keeping its mode; a killed run\'s temporaries swept', async () => {
    const { dir, out } = network();
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(out, `.douze-mondes.json.cocon-${dead}.tmp`), '');
    expect((await runMain(['score', '--each', dir, '--out-dir', out])).code).toBe(2);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
    const first = readFileSync(join(out, 'douze-mondes.json'), 'utf8');
    // A network that keeps one territory's diagnostic elsewhere, linked in, read by its staff only.
    const kept = join(out, '..', 'partage');
    mkdirSync(kept);
    writeFileSync(join(kept, 'cinq.json'), 'old\n');
    chmodSync(join(kept, 'cinq.json'), 0o640);
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'cinq-mondes.json'));
    symlinkSync(join(kept, 'cinq.json'), join(out, 'cinq-mondes.json'));
    chmodSync(join(out, 'douze-mondes.json'), 0o600);
    writeFileSync(join(out, 'val-de-brume.json'), 'stale\n');

    expect((await runMain(['score', '--each', dir, '--out-dir', out])).code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['cinq-mondes.json', 'douze-mondes.json', 'summary.csv', 'summary.jsonl', 'val-de-brume.json']);
    expect(lstatSync(join(out, 'cinq-mondes.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(kept, 'cinq.json'), 'utf8')).territory).toBe(JSON.parse(readFileSync(join(out, 'summary.jsonl'), 'utf8').split('\n')[1]!).territory);
    expect(statSync(join(kept, 'cinq.json')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(out, 'douze-mondes.json'), 'utf8')).toBe(first);
    expect(statSync(join(out, 'douze-mondes.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(out, 'val-de-brume.json'), 'utf8')).schemaVersion).toBe(3);
  });

  it('keeps every CSV cell inert in a spreadsheet and a terminal, and the JSON lines exact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', 'Val\u001b]0;pwned\u0007', 'a,b"c\nd', '\u009b31m'), async (name) => {
        const base = mkdtempSync(join(tmpdir(), 'cocon-each-csv-'));
        mkdirSync(join(base, 'in', 't'), { recursive: true });
        const text = readFileSync(join(ROOT, 'examples/emergent-val-de-brume.yaml'), 'utf8').replace('territory: Val-de-Brume', `territory: ${JSON.stringify(name)}`);
        writeFileSync(join(base, 'in', 't', 'a.yaml'), text);
        const run = await runMain(['score', '--each', join(base, 'in'), '--out-dir', join(base, 'out')]);
        expect(run.code).toBe(0);
        const raw = readFileSync(join(base, 'out', 'summary.csv'), 'utf8');
        // eslint-disable-next-line no-control-regex
        expect(raw).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        const territory = (parseCsv(raw, { columns: true }) as Record<string, string>[])[0]!['territory']!;
        expect(territory).not.toMatch(/^[=+\-@]/);
        expect(jsonLines(join(base, 'out', 'summary.jsonl'))[0].territory).toBe(name.trim());
      }),
      { numRuns: 7 },
    );
  });
});
