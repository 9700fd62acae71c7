// Diagnostics of made-up territories for the benchmark's tests: a committed diagnostic with its own
// name, date, scores (every dimension, or one each) and population band, written one per file.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { ROOT } from './helpers.js';

export interface TerritorySpec {
  name: string;
  /** Every dimension and the overall score; `dimensions` overrides some (null: not scored). */
  score: number;
  dimensions?: Record<string, number | null>;
  band: string;
  date?: string;
}

const BASE = join(ROOT, 'examples/reports/emergent-val-de-brume.json');

/** The level a score reaches on the bundled questionnaire's ladder (minimums 0, 20, 40, 60, 80). */
export function levelOf(score: number | null): string | null {
  if (score === null) return null;
  return score >= 80 ? 'rayonnant' : score >= 60 ? 'ancre' : score >= 40 ? 'structure' : score >= 20 ? 'engage' : 'emergent';
}

export function diagnosticOf(spec: TerritorySpec): Diagnostic {
  const d = JSON.parse(readFileSync(BASE, 'utf8')) as Diagnostic;
  d.territory = spec.name;
  d.date = spec.date ?? '2026-03-14';
  d.overall.score = spec.score;
  d.overall.level = levelOf(spec.score);
  for (const dim of d.dimensions) {
    const score = spec.dimensions && Object.hasOwn(spec.dimensions, dim.id) ? spec.dimensions[dim.id]! : spec.score;
    dim.score = score;
    dim.level = levelOf(score);
  }
  const population = d.context!.find((q) => q.id === 'contexte-population')!;
  population.tally = [{ status: 'answered', choice: spec.band, count: 1 }];
  population.options = [{ id: spec.band, label: { fr: `Bande ${spec.band}`, en: `Band ${spec.band}` } }];
  return d;
}

/** A folder `reseau/` of diagnostics named by their index (never by territory), with a summary.jsonl to skip. */
export function writeNetwork(specs: readonly TerritorySpec[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cocon-benchmark-')), 'reseau');
  mkdirSync(dir);
  specs.forEach((spec, i) => writeFileSync(join(dir, `${String(i).padStart(3, '0')}.json`), JSON.stringify(diagnosticOf(spec))));
  writeFileSync(join(dir, 'summary.jsonl'), '{}\n');
  writeFileSync(join(dir, 'summary.csv'), 'source,status\n');
  return dir;
}

/** One diagnostic written alone, outside any network folder (for --mine). */
export function writeDiagnostic(spec: TerritorySpec): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cocon-mine-')), 'mine.json');
  writeFileSync(file, JSON.stringify(diagnosticOf(spec)));
  return file;
}
