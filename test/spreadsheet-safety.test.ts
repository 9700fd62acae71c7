// Issue 21, item 8: a cell of `cocon export` stays one cell and never starts a formula, whatever
// reader opens it. Read back with a CSV parser that ends rows on CR, LF and CRLF alike (as some
// spreadsheets do), and by opening the XLSX workbook.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { neutralise } from '../src/core/cells.js';
import { runMain } from './memory-io.js';
import { FIXTURES } from './helpers.js';
import { fr } from './french.js';

const MINI = join(FIXTURES, 'mini.yaml');
const HOSTILE = join(FIXTURES, 'hostile/spreadsheet.yaml');
const work = mkdtempSync(join(tmpdir(), 'cocon-spreadsheet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Rows as a reader that ends a record on CR, LF or CRLF reads them (quotes respected). */
const rowsOf = (text: string, delimiter: string) => parse(text, { delimiter, bom: true, record_delimiter: ['\r\n', '\r', '\n'] }) as string[][];

/** What a spreadsheet may skip before a formula: whitespace, invisible format and control characters. */
const FORMULA = /^[\s\p{Cf}\p{Cc}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** The free texts of the fixture, as loaded, that start like a formula. */
const TEXTS = {
  rôle: ' =1+1',
  nom: '\u00a0=cmd|\' /C calc\'!A0',
  'a1 (commentaire)': '\ufeff@SUM(A1:A9)',
  'a1 (preuve)': '\u200b-2+3',
  'a3 (preuve)': '\r\n@A1\n+3',
  'b2 (commentaire)': '\u3000\uff1d1+1',
  'b2 (preuve)': '\u2060\u200e+1',
} as const;

describe('8. spreadsheet safety', () => {
  it.each([';', ',', '|', 'tab'])('CSV with --separator %s: one row per respondent for a CR/LF/CRLF reader, every text guarded, none split', async (separator) => {
    const result = await runMain(['export', HOSTILE, '--questionnaire', MINI, '--attribute', '--separator', separator]);
    expect(result.code, result.stderr).toBe(0);
    const rows = rowsOf(result.stdout, separator === 'tab' ? '\t' : separator);
    // Before: the lone CR of the territory started a row of its own, whose first cell was `=HYPERLINK(…`.
    expect(rows).toHaveLength(2);
    const [header, row] = rows as [string[], string[]];
    expect(row).toHaveLength(header.length);
    for (const [column, text] of Object.entries(TEXTS)) expect([column, row[header.indexOf(column)]]).toEqual([column, `'${text}`]);
    expect(row[header.indexOf('b3')]).toBe("'\t\u00a0 -2");
    // A lone CR inside a text: quoted, so the cell after it is not a row of its own starting `=1+2`.
    expect(row[header.indexOf('a3 (commentaire)')]).toBe('une ligne\r=1+2');
    // Before: the territory's lone CR ended the row for such a reader, and `=HYPERLINK(…` began the next.
    expect(row[header.indexOf('territoire')]).toBe('Val\r=HYPERLINK("http://evil.example","clic")');
    for (const cell of row) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
    // Every CR and LF inside a cell is inside quotes: the raw text has no line end but the records'.
    const outsideQuotes = result.stdout.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outsideQuotes.split('\r\n').slice(0, -1).every((line) => !/[\r\n]/.test(line))).toBe(true);
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(2);
  });

  it('XLSX: the workbook opens, with the same guarded texts, and no cell is a formula', async () => {
    const out = join(work, 'hostile.xlsx');
    const result = await runMain(['export', HOSTILE, '--questionnaire', MINI, '--attribute', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const files = unzipSync(readFileSync(out));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f[\s>]/);
    const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    for (const text of Object.values(TEXTS)) expect(strings.map((s) => s.replace(/\r\n?/g, '\n'))).toContain(`'${text}`.replace(/\r\n?/g, '\n'));
    for (const text of strings) expect(FORMULA.test(text), JSON.stringify(text)).toBe(false);
  });

  it('the guard looks past leading whitespace and invisible characters, and leaves other texts alone', () => {
    for (const lead of ['', ' ', '  ', '\u00a0', '\ufeff', '\u200b', '\u200e', '\u2060', '\u3000', '\u202f', '\u00ad', ' \u200b\u00a0']) {
      for (const start of ['=', '+', '-', '@', '\uff1d']) expect(neutralise(`${lead}${start}1`)).toBe(`'${lead}${start}1`);
    }
    for (const text of ['\t1', '\r1', '\n1']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['1', 'a=b', 'Val de Brume', ' a -1', '', '\u200bx']) expect(neutralise(text)).toBe(text);
  });

  it.each(['.', '0', '9', 'a', 'Z', '=', "'", '"', ';;', ' ', '-', '+', '@'])('--separator %j is refused, exit 2', async (separator) => {
    const result = await runMain(['export', '--per-respondent', HOSTILE, '--questionnaire', MINI, '--separator', separator]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(fr('--separator attend « ; », « , », « | » ou une tabulation'));
    expect(result.stdout).toBe('');
  });
});
