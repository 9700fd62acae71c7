// docs/network.md's DuckDB queries, run on a summary cocon wrote: the documentation stays true,
// and the summary loads into a SQL engine as it is.
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const doc = readFileSync(join(ROOT, 'docs/network.md'), 'utf8');
const duckdbQueries = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((sql) => /read_(csv|json)\(/.test(sql));

describe('the summary in DuckDB, with the queries of docs/network.md', () => {
  it('finds the documented queries', () => {
    expect(duckdbQueries).toHaveLength(2);
  });

  it('gives what the JSON lines say', async () => {
    const base = mkdtempSync(join(tmpdir(), 'cocon-sql-'));
    const network = join(base, 'reseau');
    mkdirSync(network);
    for (const example of ['cinq-mondes-val-d-ambrelle', 'douze-mondes-coteaux-de-vernelle', 'multi-respondents']) cpSync(join(ROOT, 'examples', example), join(network, example), { recursive: true });
    for (const file of ['emergent-val-de-brume.yaml', 'intermediaire-plaine-des-sources.yaml', 'avance-cote-des-tilleuls.yaml', 'depart-haut-vallon.yaml']) cpSync(join(ROOT, 'examples', file), join(network, file));
    const out = join(base, 'out');
    expect((await runMain(['score', '--each', network, '--out-dir', out])).code).toBe(0);
    const rows = readFileSync(join(out, 'summary.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const run = async (sql: string) => (await connection.runAndReadAll(sql.replaceAll("'out/", `'${out}/`))).getRowObjectsJson();

    // 1. Median overall score and count by population band.
    const byBand = new Map<string, number[]>();
    for (const r of rows) byBand.set(r.attributes['contexte-population'], [...(byBand.get(r.attributes['contexte-population']) ?? []), r.overall.score]);
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const expected = [...byBand].sort(([a], [b]) => (a < b ? -1 : 1)).map(([population, scores]) => ({ population, territories: String(scores.length), median_score: median(scores) }));
    const first = (await run(duckdbQueries[0]!)).map((r) => ({ ...r, median_score: Number(r['median_score']) }));
    expect(first).toEqual(expected);

    // 2. Territories whose dialogue sits at the two lowest levels, from the nested JSON lines.
    const low = rows.filter((r) => ['emergent', 'engage'].includes(r.dimensions.dialogue.level)).sort((a, b) => a.dimensions.dialogue.score - b.dimensions.dialogue.score);
    expect(low.length).toBeGreaterThan(0);
    const second = await run(duckdbQueries[1]!);
    expect(second.map((r) => [r['source'], r['territory'], Number(r['dialogue'])])).toEqual(low.map((r) => [r.source, r.territory, r.dimensions.dialogue.score]));
  });
});
