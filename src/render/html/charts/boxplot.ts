// A group's scores as one strip per dimension on a 0–100 axis: a line from the 10th to the 90th
// percentile, a box from the 1st to the 3rd quartile, a thick mark at the median, and, when a
// territory is placed, a diamond at its score. Every strip carries its figures as data
// attributes, and the page gives the same numbers in a table (the chart's text equivalent).
import { coord, escapeHtml, shorten } from '../escape.js';

export interface BoxRow {
  id: string;
  label: string;
  /** The five percentiles; null when the group's figures for this dimension are withheld or absent. */
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  /** The placed territory's score, drawn only where it is compared with this group. */
  mine?: number | null;
}

export const BOX = { width: 640, left: 180, right: 24, top: 26, row: 30, bottom: 8 } as const;

/** The x of a score (0–100). */
export function boxX(score: number): number {
  return BOX.left + ((BOX.width - BOX.left - BOX.right) * score) / 100;
}

export function boxplotSvg(rows: readonly BoxRow[], title: string, none: string): string {
  const height = BOX.top + rows.length * BOX.row + BOX.bottom;
  const bottom = height - BOX.bottom;
  const grid = [0, 25, 50, 75, 100]
    .map((v) => `<line class="grid" x1="${coord(boxX(v))}" x2="${coord(boxX(v))}" y1="${BOX.top - 6}" y2="${bottom}"/><text class="tick" x="${coord(boxX(v))}" y="${BOX.top - 10}" text-anchor="middle">${v}</text>`)
    .join('');
  const strips = rows.map((r, i) => {
    const mid = BOX.top + i * BOX.row + BOX.row / 2;
    const label = `<text x="${BOX.left - 10}" y="${coord(mid + 4)}" text-anchor="end">${escapeHtml(shorten(r.label, 24))}</text>`;
    const figures = r.p10 !== null && r.p25 !== null && r.median !== null && r.p75 !== null && r.p90 !== null ? { p10: r.p10, p25: r.p25, median: r.median, p75: r.p75, p90: r.p90 } : null;
    const data = figures ? Object.entries(figures).map(([k, v]) => ` data-${k}="${v}"`).join('') : '';
    const body = figures
      ? `<line class="whisker" x1="${coord(boxX(figures.p10))}" x2="${coord(boxX(figures.p90))}" y1="${coord(mid)}" y2="${coord(mid)}"/>` +
        `<rect class="box" x="${coord(boxX(figures.p25))}" y="${coord(mid - 8)}" width="${coord(Math.max(1, boxX(figures.p75) - boxX(figures.p25)))}" height="16"/>` +
        `<line class="median" x1="${coord(boxX(figures.median))}" x2="${coord(boxX(figures.median))}" y1="${coord(mid - 10)}" y2="${coord(mid + 10)}"/>`
      : `<text class="tick" x="${coord(boxX(0) + 6)}" y="${coord(mid + 4)}">${escapeHtml(none)}</text>`;
    // The territory's own score only beside figures to compare it with.
    const mine = figures && r.mine !== undefined && r.mine !== null ? diamond(boxX(r.mine), mid, r.mine) : '';
    return `<g class="strip" data-dimension="${escapeHtml(r.id)}"${data}>${label}${body}${mine}</g>`;
  });
  return `<svg class="chart boxplot" viewBox="0 0 ${BOX.width} ${height}" role="img" aria-label="${escapeHtml(title)}">${grid}${strips.join('')}</svg>`;
}

function diamond(x: number, y: number, score: number): string {
  const r = 7;
  return `<polygon class="mine" data-score="${score}" points="${coord(x)},${coord(y - r)} ${coord(x + r)},${coord(y)} ${coord(x)},${coord(y + r)} ${coord(x - r)},${coord(y)}"/>`;
}
