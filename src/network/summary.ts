// A network's summary: one row per territory, the same columns for all, as JSON lines (nested,
// exact) and as CSV (flattened, for spreadsheets and SQL engines). Pure: rows in, text out.
import { stringify } from 'csv-stringify/sync';
import type { Diagnostic } from '../diagnostic/contract.js';
import type { SummaryRowSchema } from '../types/schemas.js';
import { neutralise } from '../core/cells.js';
import { territoryAttributes } from './attributes.js';
import { safeJson } from '../core/json-text.js';
import { neutralizeControls } from '../core/sanitize.js';

export type SummaryRow = SummaryRowSchema.SummaryRow;
type Figures = SummaryRowSchema.Figures;

function figures(result: Pick<Diagnostic['overall'], 'score' | 'level' | 'certainty' | 'coverage' | 'range'>): Figures {
  return {
    score: result.score,
    level: result.level,
    certainty: result.certainty?.status ?? null,
    low: result.range?.low ?? null,
    high: result.range?.high ?? null,
    coverage: result.coverage,
  };
}

export function scoredRow(source: string, diagnostic: Diagnostic, written: string | null, gate: SummaryRow['gate']): SummaryRow {
  return {
    source,
    status: 'scored',
    territory: diagnostic.territory,
    date: diagnostic.date,
    questionnaire: `${diagnostic.questionnaire.id}@${diagnostic.questionnaire.version}`,
    respondents: diagnostic.respondents.length,
    overall: figures(diagnostic.overall),
    dimensions: Object.fromEntries(diagnostic.dimensions.map((d) => [d.id, figures(d)])),
    attributes: territoryAttributes(diagnostic),
    gate,
    diagnostic: written,
  };
}

export function invalidRow(source: string): SummaryRow {
  return { source, status: 'invalid', territory: null, date: null, questionnaire: null, respondents: null, overall: null, dimensions: {}, attributes: {}, gate: null, diagnostic: null };
}

/** The CSV columns, fixed by the first territory scored: its dimensions and declared attributes. */
export interface Columns {
  dimensions: string[];
  attributes: string[];
}

export function columnsOf(row: SummaryRow): Columns {
  return { dimensions: Object.keys(row.dimensions), attributes: Object.keys(row.attributes) };
}

const FIGURES = ['score', 'level', 'certainty', 'low', 'high', 'coverage'] as const;

export function csvHeader(columns: Columns): string {
  const header = [
    'source', 'status', 'territory', 'date', 'questionnaire', 'respondents',
    ...FIGURES.map((f) => `overall_${f}`),
    ...columns.dimensions.flatMap((d) => FIGURES.map((f) => `${d}_${f}`)),
    ...columns.attributes,
    'gate', 'diagnostic',
  ];
  return stringify([header]);
}

/** One CSV line: text cells that start like a formula get a leading apostrophe (summary.jsonl keeps the exact text). */
export function csvLine(row: SummaryRow, columns: Columns): string {
  const figureCells = (f: Figures | null | undefined) => FIGURES.map((k) => f?.[k] ?? null);
  const cells = [
    row.source, row.status, row.territory, row.date, row.questionnaire, row.respondents,
    ...figureCells(row.overall),
    ...columns.dimensions.flatMap((d) => figureCells(row.dimensions[d])),
    ...columns.attributes.map((a) => row.attributes[a] ?? null),
    row.gate, row.diagnostic,
  ];
  return stringify([cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : neutralise(neutralizeControls(cell))))]);
}

export function jsonLine(row: SummaryRow): string {
  return `${safeJson(row, 0)}\n`;
}
