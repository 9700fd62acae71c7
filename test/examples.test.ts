// The example reports committed in examples/reports/ are exactly what cocon produces today from
// the source, run in-process (regenerate with `npm run examples` after an intended change, and
// review the diff).
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { COMPARISON_FORMATS, COMPARISONS, EXAMPLES, FORMATS, REPORTS_DIR, ROOT, scoreArgs } from '../scripts/examples.mjs';
import { validateDiagnostic } from '../src/generated/validate-diagnostic.js';
import { validateComparison } from '../src/generated/validate-comparison.js';
import { runMain } from './memory-io.js';

type Example = { name: string; inputs: string[]; args?: string[] };
type Format = { suffix: string; args: string[] };
const cases = (EXAMPLES as Example[]).flatMap((example) => (FORMATS as Format[]).map((format) => [`${example.name}${format.suffix}`, example, format] as const));

describe('committed example reports', () => {
  it.each(cases)('%s is up to date', async (file, example, format) => {
    const path = `${ROOT}${REPORTS_DIR}/${file}`;
    expect(existsSync(path), `${path} is missing: run npm run examples`).toBe(true);
    const result = await runMain(scoreArgs(example, format) as string[], { env: {} });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const produced = result.stdout;
    expect(produced).toBe(readFileSync(path, 'utf8'));
    if (file.endsWith('.json')) expect(validateDiagnostic(JSON.parse(produced))).toBe(true);
  });

  const comparisons = (COMPARISONS as Example[]).flatMap((comparison) => (COMPARISON_FORMATS as Format[]).map((format) => [`${comparison.name}${format.suffix}`, comparison, format] as const));
  it.each(comparisons)('%s is up to date', async (file, comparison, format) => {
    const path = `${ROOT}${file}`;
    expect(existsSync(path), `${path} is missing: run npm run examples`).toBe(true);
    const result = await runMain(['compare', ...comparison.inputs, ...(comparison.args ?? []), ...format.args], { env: {} });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(path, 'utf8'));
    if (file.endsWith('.json')) expect(validateComparison(JSON.parse(result.stdout))).toBe(true);
  });

  it('the three single territories land at clearly different levels', () => {
    const levels = ['emergent-val-de-brume', 'intermediaire-plaine-des-sources', 'avance-cote-des-tilleuls'].map(
      (name) => JSON.parse(readFileSync(`${ROOT}${REPORTS_DIR}/${name}.json`, 'utf8')) as { overall: { score: number; level: string } },
    );
    expect(new Set(levels.map((l) => l.overall.level)).size).toBe(3);
    expect(levels[0]!.overall.score).toBeLessThan(levels[1]!.overall.score - 20);
    expect(levels[1]!.overall.score).toBeLessThan(levels[2]!.overall.score - 20);
  });

  it('the multi-respondent territory has five actor types who do not all agree', () => {
    const diagnostic = JSON.parse(readFileSync(`${ROOT}${REPORTS_DIR}/multi-respondents.json`, 'utf8')) as {
      respondents: { group: string }[];
      groups: { pooled: string[]; omitted: number };
      dimensions: { respondents: { count: number; min: number; max: number } }[];
    };
    // Five actor types of one respondent each: all under the privacy floor, so no type is named.
    expect(diagnostic.respondents.map((r) => r.group)).toEqual(['autres', 'autres', 'autres', 'autres', 'autres']);
    expect(diagnostic.groups).toMatchObject({ pooled: ['academique', 'association', 'citoyen', 'collectivite', 'entreprise'] });
    for (const d of diagnostic.dimensions) {
      expect(d.respondents.count).toBe(5);
      // The lowest and highest would be single respondents' scores: not in a shareable diagnostic.
      expect(d.respondents).not.toHaveProperty('min');
      expect(d.respondents).not.toHaveProperty('max');
    }
  });
});
