// How far respondents are apart, per dimension: a line from the lowest to the highest
// respondent's score, the dimension's score as a dot. Rows are labelled in the table beside it.
import { coord, escapeHtml, shorten } from '../escape.js';
import { scaleX, SCALE } from './scale.js';

export interface SpreadRow {
  id: string;
  label: string;
  score: number | null;
  min: number | null;
  max: number | null;
}

/** A row: its label in text 22 units high (12 px when the drawing is 330 px wide), then its line. */
const ROW = 52;

export function spreadSvg(rows: readonly SpreadRow[], title: string): string {
  if (rows.length === 0) return '';
  const height = rows.length * ROW + 34;
  const out: string[] = [`<svg class="chart spread" viewBox="0 0 ${SCALE.width} ${height}" role="img" aria-label="${escapeHtml(title)}">`];
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = coord(scaleX(tick));
    out.push(`<line class="grid" x1="${x}" y1="4" x2="${x}" y2="${height - 30}"/><text class="tick" x="${x}" y="${height - 6}" text-anchor="middle">${tick}</text>`);
  }
  rows.forEach((row, i) => {
    const y = 20 + i * ROW;
    out.push(`<text class="row-label" x="${SCALE.left}" y="${y + 4}">${escapeHtml(shorten(row.label, 44))}</text>`);
    const lineY = coord(y + 20);
    if (row.min !== null && row.max !== null) {
      out.push(`<line class="spread-line" x1="${coord(scaleX(row.min))}" y1="${lineY}" x2="${coord(scaleX(row.max))}" y2="${lineY}" data-dimension="${escapeHtml(row.id)}" data-min="${row.min}" data-max="${row.max}"/>`);
      for (const end of [row.min, row.max]) out.push(`<circle class="spread-end" cx="${coord(scaleX(end))}" cy="${lineY}" r="3.5"/>`);
    }
    if (row.score !== null) out.push(`<circle class="point" cx="${coord(scaleX(row.score))}" cy="${lineY}" r="5" data-score="${row.score}"/>`);
  });
  out.push('</svg>');
  return out.join('');
}
