// The trend: each dimension's score at each date, a line per dimension, the range from unknown
// answers as a band behind it. Every point carries its figures as data attributes, and the page
// gives the same numbers in a table (the chart's text equivalent).
import { coord, escapeHtml, shorten } from '../escape.js';

export interface TrendSeries {
  id: string;
  label: string;
  /** One per date, in order; null where the dimension had no score. */
  points: ({ score: number; low: number; high: number } | null)[];
}

/** Text 23 units high in a narrow drawing (12 px when it is 330 px wide): room for it on each side. */
export const TREND = { width: 640, height: 300, left: 52, right: 160, top: 16, bottom: 44 } as const;

/** The x of the i-th of n dates, the y of a score (0–100). */
export function trendX(i: number, n: number): number {
  const span = TREND.width - TREND.left - TREND.right;
  return n <= 1 ? TREND.left + span / 2 : TREND.left + (span * i) / (n - 1);
}

export function trendY(score: number): number {
  return TREND.top + ((TREND.height - TREND.top - TREND.bottom) * (100 - score)) / 100;
}

export function trendSvg(dates: readonly string[], series: readonly TrendSeries[], title: string): string {
  const n = dates.length;
  const grid = [0, 25, 50, 75, 100]
    .map((v) => `<line class="grid" x1="${TREND.left}" x2="${TREND.width - TREND.right}" y1="${coord(trendY(v))}" y2="${coord(trendY(v))}"/><text class="tick" x="${TREND.left - 6}" y="${coord(trendY(v) + 4)}" text-anchor="end">${v}</text>`)
    .join('');
  const axis = dates.map((d, i) => `<text class="tick" x="${coord(trendX(i, n))}" y="${TREND.height - TREND.bottom + 26}" text-anchor="${n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}">${escapeHtml(d)}</text>`).join('');
  const labelY = spreadLabels(series.map((s) => s.points.filter((p) => p !== null).at(-1)?.score));
  const lines = series.map((s, k) => {
    const known = s.points.map((p, i) => (p ? { ...p, i } : null)).filter((p): p is NonNullable<typeof p> => p !== null);
    const at = (p: (typeof known)[number], v: number) => `${coord(trendX(p.i, n))},${coord(trendY(v))}`;
    // A date without a score breaks the line and the band: nothing is drawn where nothing was measured.
    const runs = consecutiveRuns(known);
    const band = runs
      .filter((run) => run.some((p) => p.high > p.low))
      .map((run) => `<polygon class="band" points="${run.length === 1 ? errorBar(trendX(run[0]!.i, n), run[0]!) : [...run.map((p) => at(p, p.high)), ...[...run].reverse().map((p) => at(p, p.low))].join(' ')}"/>`)
      .join('');
    const path = runs.filter((run) => run.length > 1).map((run) => `<polyline class="line" points="${run.map((p) => at(p, p.score)).join(' ')}"/>`).join('');
    const dots = known.map((p) => `<circle class="point" cx="${coord(trendX(p.i, n))}" cy="${coord(trendY(p.score))}" r="4" data-series="${escapeHtml(s.id)}" data-date="${escapeHtml(dates[p.i]!)}" data-score="${p.score}" data-low="${p.low}" data-high="${p.high}"/>`).join('');
    const y = labelY.get(k);
    const label = y !== undefined ? `<text class="series-label" x="${TREND.width - TREND.right + 8}" y="${coord(y + 4)}">${escapeHtml(shorten(s.label, 12))}</text>` : '';
    return `<g class="series s${k % 6}" data-series="${escapeHtml(s.id)}">${band}${path}${dots}${label}</g>`;
  });
  return `<svg class="chart trend" viewBox="0 0 ${TREND.width} ${TREND.height}" role="img" aria-label="${escapeHtml(title)}">${grid}${axis}${lines.join('')}</svg>`;
}

/** A lone date's range: a bar 10 px wide, since a band needs two dates to have any width. */
function errorBar(x: number, p: { low: number; high: number }): string {
  return [[x - 5, p.high], [x + 5, p.high], [x + 5, p.low], [x - 5, p.low]].map(([px, v]) => `${coord(px!)},${coord(trendY(v!))}`).join(' ');
}

/** Points of consecutive dates, grouped: [0, 1, 3] → [[0, 1], [3]]. */
export function consecutiveRuns<P extends { i: number }>(points: readonly P[]): P[][] {
  const runs: P[][] = [];
  for (const p of points) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.i === p.i - 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** Each series' label by its last point, moved apart so that no two overlap (14 px at least). */
function spreadLabels(lastScores: readonly (number | undefined)[]): Map<number, number> {
  const gap = 24;
  const placed = lastScores.flatMap((score, k) => (score === undefined ? [] : [{ k, y: trendY(score) }])).sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.max(placed[i]!.y, placed[i - 1]!.y + gap);
  // Pushed below the drawing: move the whole run back up.
  const overflow = (placed.at(-1)?.y ?? 0) - (TREND.height - TREND.bottom);
  if (overflow > 0) for (const p of placed) p.y -= overflow;
  return new Map(placed.map((p) => [p.k, p.y]));
}
