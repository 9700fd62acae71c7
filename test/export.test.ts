// cocon export: the golden CSV of the five-respondent example, quoting of separators, quotes and
// line breaks, the byte-order mark, the formula-injection guard, respondents named only with
// --attribute, and an XLSX read back (unzipped, sheet XML read) holding the same cells as the CSV.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../src/core/cells.js';
import { runMain } from './memory-io.js';
import { FIXTURES, ROOT, cocon } from './helpers.js';
import { scratchDir } from './browser/chromium.js';

const MINI = join(FIXTURES, 'mini.yaml');
const MULTI = join(ROOT, 'examples/multi-respondents');
const CINQ = join(ROOT, 'examples/cinq-mondes-val-d-ambrelle');

/** An answers file for the mini questionnaire with awkward strings in every free field. */
function awkwardAnswers(dir: string): string {
  const file = join(dir, 'awkward.yaml');
  writeFileSync(file, [
    'questionnaire: { id: mini, version: 1.2.0 }',
    'respondent:',
    '  territory: \'Val;de "Test"\'',
    '  actorType: association',
    '  role: "=cmd|\' /C calc\'!A0"',
    '  name: "@Jeanne"',
    '  date: 2026-03-14',
    'answers:',
    '  a1: { value: parfois, comment: "deux lignes\\net ; un \\"guillemet\\"", evidence: "+33 1 23 45 67 89" }',
    '  a2: []',
    '  a3: ne-sait-pas',
    '  b1: 4',
    '  b2: non-concerne',
    '  b3: "-2+3 \\tpuis =SOMME(A1)"',
    '',
  ].join('\n'));
  return file;
}

/** French typography puts narrow no-break spaces before « : ; % » and inside « »; read them as spaces. */
const plain = (text: string) => text.replace(/\u202F/g, ' ');

function csvRows(text: string, delimiter: string): string[][] {
  return parse(text, { delimiter, bom: true, relax_column_count: false }) as string[][];
}

/** The cells of one sheet of an XLSX file, as text, read from the sheet's XML. */
function xlsxCells(bytes: Uint8Array, sheet: number): string[][] {
  const files = unzipSync(bytes);
  const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
  const shared = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
  const rows: string[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const cell of row[2]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = [...cell[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
      const value = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(cell[3] ?? '')?.[1];
      while (cells.length < column) cells.push('');
      cells[column] = / t="s"/.test(cell[2]!) ? shared[Number(value)]! : inline !== undefined ? decode(inline) : value ?? '';
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return rows;
}

describe('cocon export', () => {
  it('writes per-respondent rows only when asked, and says what the table holds', async () => {
    // The repro: the lone company of the five-world example was row 5 of a plain export.
    const plainExport = await runMain(['export', CINQ]);
    expect(plainExport.code).toBe(2);
    expect(plainExport.stdout).toBe('');
    expect(plain(plainExport.stderr)).toMatch(/^usage : cocon export écrit une ligne par répondant .* ajoutez --per-respondent/);
    const asked = await runMain(['export', CINQ, '--per-respondent', '--lang', 'en']);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('this table holds per-respondent data: for the facilitator only, not to be shared\n');
    expect(csvRows(asked.stdout, ';')[0]![0]).toBe('no. (per-respondent data, not to be shared)');
    expect((await runMain(['export', CINQ, '--attribute'])).code).toBe(0);
  });

  it('writes the golden CSV of the five-respondent example: BOM, ";", CRLF, decimal commas, no names', async () => {
    const result = await runMain(['export', '--per-respondent', MULTI]);
    expect(result.code, result.stderr).toBe(0);
    const golden = join(ROOT, 'test/golden/export-multi-respondents.fr.csv');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, result.stdout);
    expect(result.stdout).toBe(readFileSync(golden, 'utf8'));
    expect(result.stdout.startsWith('\uFEFFn° (données par répondant, à ne pas diffuser);territoire;type d’acteur;date;')).toBe(true);
    const rows = csvRows(result.stdout, ';');
    expect(rows).toHaveLength(6);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['collectivite', 'association', 'entreprise', 'academique', 'citoyen']);
    // Each respondent's scores are their own diagnostic's: the same as `cocon score` on their file alone.
    const alone = JSON.parse((await runMain(['score', join(MULTI, '1-collectivite.yaml'), '--format', 'json'])).stdout) as { overall: { score: number } };
    expect(rows[1]![rows[0]!.indexOf('global (score)')]).toBe(String(alone.overall.score).replace('.', ','));
    // Roles and names identify people: only with --attribute.
    expect(result.stdout).not.toContain('Directrice d');
    const attributed = await runMain(['export', '--per-respondent', MULTI, '--attribute', '--lang', 'en']);
    expect(csvRows(attributed.stdout, ';')[0]!.slice(0, 7)).toEqual(['no. (per-respondent data, not to be shared)', 'territory', 'actor type', 'date', 'role', 'name', 'file']);
    expect(attributed.stdout).toContain('Directrice d');
  });

  it('quotes separators, quotes and line breaks, and neutralises every text that would start a formula', async () => {
    const dir = scratchDir();
    const result = await runMain(['export', '--per-respondent', awkwardAnswers(dir), '--questionnaire', MINI, '--attribute']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('"Val;de ""Test"""');
    expect(result.stdout).toContain('"deux lignes\net ; un ""guillemet"""');
    const [header, row] = csvRows(result.stdout, ';') as [string[], string[]];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('territoire')).toBe('Val;de "Test"');
    expect(cell('rôle')).toBe("'=cmd|' /C calc'!A0");
    expect(cell('nom')).toBe("'@Jeanne");
    expect(cell('a1 (preuve)')).toBe("'+33 1 23 45 67 89");
    expect(cell('b3')).toBe("'-2+3 \tpuis =SOMME(A1)");
    expect(cell('a2')).toBe('(aucune)');
    expect(cell('a3')).toBe('Je ne sais pas');
    expect(cell('a3 (score)')).toBe('');
    expect(cell('b2')).toBe('Non concerné');
    expect(cell('b1 (score)')).toBe('75');
    for (const text of ['=1', '+1', '-1', '@A1', '\t=1', '\r=1']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['1', 'a=b', ' a', '']) expect(neutralise(text)).toBe(text);
    expect(neutralise(' =1')).toBe("' =1");
  });

  it('takes another separator, with decimal points then', async () => {
    const comma = await runMain(['export', '--per-respondent', MULTI, '--separator', ',']);
    expect(csvRows(comma.stdout, ',')[1]![4]).toMatch(/^\d+(\.\d+)?$/);
    const tab = await runMain(['export', '--per-respondent', MULTI, '--separator', '\\t']);
    expect(csvRows(tab.stdout, '\t')[0]![1]).toBe('territoire');
  });

  it('writes an XLSX workbook with the same cells as the CSV, and a sheet of the questions', async () => {
    const dir = scratchDir();
    const awkward = awkwardAnswers(dir);
    for (const [inputs, extra] of [[[MULTI], []], [[awkward], ['--questionnaire', MINI, '--attribute']]] as const) {
      const out = join(dir, 'answers.xlsx');
      const written = await runMain(['export', '--per-respondent', ...inputs, ...extra, '--out', out]);
      expect(written.code, written.stderr).toBe(0);
      const csv = await runMain(['export', '--per-respondent', ...inputs, ...extra, '--separator', ',']);
      const expected = csvRows(csv.stdout, ',');
      const cells = xlsxCells(readFileSync(out), 1).map((row, i) => [...row, ...Array<string>(expected[i]!.length - row.length).fill('')]);
      expect(cells).toEqual(expected);
      expect(xlsxCells(readFileSync(out), 2)[0]).toEqual(['id', 'dimension', 'type', 'poids', 'question', 'réponses possibles']);
    }
  });

  it('writes XLSX from the built command too (its writer is loaded from node_modules on that path only)', () => {
    const out = join(scratchDir(), 'reponses.xlsx');
    expect(cocon(['export', '--per-respondent', MULTI, '--out', out])).toMatchObject({ code: 0, stderr: `ce tableau contient des données par répondant\u202F: réservé à l’animateur, à ne pas diffuser\nécrit\u202F: ${out}\n` });
    expect(xlsxCells(readFileSync(out), 1)).toHaveLength(6);
  });

  it('refuses what it cannot do, saying why', async () => {
    expect(plain((await runMain(['export', '--per-respondent', MULTI, '--format', 'ods'])).stderr)).toBe('usage : format « ods » inconnu ; formats possibles : csv, xlsx\n');
    expect(await runMain(['export', '--per-respondent', MULTI, '--format', 'xlsx'])).toMatchObject({ code: 2 });
    expect(plain((await runMain(['export', '--per-respondent', MULTI, '--format', 'xlsx'])).stderr)).toBe('usage : un classeur XLSX ne s’écrit pas dans le terminal : indiquez --out FICHIER.xlsx\n');
    expect(await runMain(['export', '--per-respondent', MULTI, '--separator', ';;'])).toMatchObject({ code: 2, stderr: /^usage\u202F: --separator attend un seul caractère/ });
    expect(await runMain(['export', '--per-respondent', MULTI, '--separator', '"'])).toMatchObject({ code: 2 });
    expect(await runMain(['export', '--per-respondent', join(MULTI, '1-collectivite.yaml'), '--out', join(MULTI, '1-collectivite.yaml')])).toMatchObject({ code: 2, stderr: /désigne un fichier lu par cette commande/ });
  });
});
