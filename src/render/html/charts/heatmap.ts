// The forms × impacts matrix as a heat map: one row per dimension, one column per impact, the
// cell's shade from its score, its coverage written under the score when answers are missing.
import { coord, escapeHtml } from '../escape.js';
import { labelLines } from './text.js';

export interface HeatCell {
  score: number | null;
  coverage: number;
  /** Weight of the questions behind the cell; 0: no question of this dimension feeds this impact. */
  weight: number;
}

export interface HeatmapInput {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  cells: readonly (readonly HeatCell[])[];
  /** How a number is written (decimal comma in French). */
  number: (value: number) => string;
  /** Under the score when coverage is below 100: "couv. 60 %". */
  coverageNote: (coverage: number) => string;
  none: string;
}

// Text 20 units high (19 for the coverage): 12 px when the drawing is 330 px wide.
const LABEL = 150;
const CELL_W = 120;
const CELL_H = 70;
const HEAD = 54;
const LINE = 21;

/** Opacity of a cell's fill: 0.08 for 0 up to 0.9 for 100, so even a zero is visible as a cell. */
export function shade(score: number): number {
  return Math.round((0.08 + (0.82 * Math.max(0, Math.min(100, score))) / 100) * 100) / 100;
}

export function heatmapSvg(input: HeatmapInput, title: string): string {
  const { rows, columns } = input;
  if (rows.length === 0 || columns.length === 0) return '';
  const width = LABEL + columns.length * CELL_W;
  const height = HEAD + rows.length * CELL_H;
  const out: string[] = [`<svg class="chart heatmap" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">`];
  columns.forEach((column, j) => {
    const x = LABEL + j * CELL_W + CELL_W / 2;
    const lines = labelLines(column.label, 10, 2);
    out.push(`<text class="col-label" x="${coord(x)}" y="${lines.length > 1 ? 20 : 36}" text-anchor="middle">${lines.map((l, k) => `<tspan x="${coord(x)}" dy="${k === 0 ? 0 : LINE}">${escapeHtml(l)}</tspan>`).join('')}</text>`);
  });
  rows.forEach((row, i) => {
    const y = HEAD + i * CELL_H;
    const lines = labelLines(row.label, 13, 3);
    out.push(`<text class="row-label" x="0" y="${y + 42 - ((lines.length - 1) * LINE) / 2}">${lines.map((l, k) => `<tspan x="0" dy="${k === 0 ? 0 : LINE}">${escapeHtml(l)}</tspan>`).join('')}</text>`);
    columns.forEach((column, j) => {
      const cell = input.cells[i]?.[j] ?? { score: null, coverage: 0, weight: 0 };
      const x = LABEL + j * CELL_W;
      const cx = coord(x + CELL_W / 2);
      const data = `data-row="${escapeHtml(row.id)}" data-column="${escapeHtml(column.id)}"`;
      if (cell.score === null) {
        out.push(`<rect class="cell empty" x="${x + 2}" y="${y + 2}" width="${CELL_W - 4}" height="${CELL_H - 4}" rx="4" ${data}/><text class="cell-text" x="${cx}" y="${y + 43}" text-anchor="middle">${escapeHtml(input.none)}</text>`);
        return;
      }
      const opacity = shade(cell.score);
      const ink = opacity > 0.5 ? 'cell-text strong' : 'cell-text';
      out.push(`<rect class="cell" x="${x + 2}" y="${y + 2}" width="${CELL_W - 4}" height="${CELL_H - 4}" rx="4" fill-opacity="${opacity}" ${data} data-score="${cell.score}"/>`);
      const partial = cell.coverage < 100;
      out.push(`<text class="${ink}" x="${cx}" y="${y + (partial ? 33 : 43)}" text-anchor="middle">${escapeHtml(input.number(cell.score))}</text>`);
      if (partial) out.push(`<text class="${ink} small" x="${cx}" y="${y + 57}" text-anchor="middle">${escapeHtml(input.coverageNote(cell.coverage))}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('');
}
