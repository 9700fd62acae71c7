// Issue 21, items 4 and 5: what a file can size (problems, items, bytes read) never becomes a
// crash or an unbounded read. CLI cases run main() in-process with in-memory streams.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from './memory-io.js';
import { fr } from './french.js';
import { maxOf, minOf, pushAll } from '../src/core/arrays.js';
import { plainTable } from '../src/render/plain-table.js';

const PETIT = 'test/fixtures/errors/petit.yaml';
const work = mkdtempSync(join(tmpdir(), 'cocon-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An answers file to `petit` whose `answers` hold `unknown` ids no question has, besides q1 and q2. */
function unknownIds(name: string, unknown: number): string {
  const answers: Record<string, unknown> = { q1: 'catalyseur', q2: 3 };
  for (let i = 0; i < unknown; i++) answers[`x${i}`] = 1;
  const path = join(work, name);
  writeFileSync(path, JSON.stringify({ questionnaire: { id: 'petit', version: '1.0.0' }, respondent: { territory: 'Val', actorType: 'collectivite', role: 'Agent' }, answers }));
  return path;
}

describe('5. no recursion or spread a file can size', () => {
  // « Maximum call stack size exceeded » at about 125,000 problems: `problems.push(...error.problems)`.
  const file = unknownIds('unknown-200k.json', 200_000);

  /** The lines of stderr that say an id is unknown (counted, never printed whole on failure). */
  const unknownLines = (stderr: string) => stderr.split('\n').filter((line) => line.includes(fr('question inconnue')));

  it('validate: 200,000 unknown ids in one file are 200,000 located problems, exit 2', { timeout: 300_000 }, async () => {
    const result = await runMain(['validate', file, '--questionnaire', PETIT]);
    expect(/inattendue|call stack/.test(result.stderr)).toBe(false);
    expect(result.code).toBe(2);
    const lines = unknownLines(result.stderr);
    expect(lines.length).toBe(200_000);
    expect(lines[199_999]).toMatch(/unknown-200k\.json:1:\d+: /);
    expect(lines[199_999]).toContain(fr('« x199999 »'));
  });

  // score and export read answers through the same streaming path (answer-sets.ts): past the old limit.
  it.each(['score', 'export'])('%s: 130,000 unknown ids, every one said, nothing on stdout', { timeout: 300_000 }, async (command) => {
    const result = await runMain([command, ...(command === 'export' ? ['--per-respondent'] : []), unknownIds(`unknown-130k-${command}.json`, 130_000), '--questionnaire', PETIT]);
    expect(/inattendue|call stack/.test(result.stderr)).toBe(false);
    expect(result.code).toBe(2);
    expect(unknownLines(result.stderr).length).toBe(130_000);
    expect(result.stdout).toBe('');
  });

  it('the helpers take any number of items, where a spread into arguments throws', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    expect(pushAll([-1], many)).toHaveLength(300_001);
    expect(maxOf(many)).toBe(299_999);
    expect(minOf(many)).toBe(0);
    expect([maxOf([]), minOf([])]).toEqual([Math.max(), Math.min()]);
    const rows = many.map((i) => [String(i)]);
    expect(plainTable(['n'], rows, [0])).toHaveLength(300_002);
  });
});
