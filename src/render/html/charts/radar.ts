// The radar of the dimensions: one axis per dimension, the score as a point on it, the range the
// unknown answers allow as a band, and the level thresholds as rings. Pure: numbers in, SVG out.
import { coord, escapeHtml, shorten } from '../escape.js';
import { labelLines } from './text.js';
import { maxOf } from '../../../core/arrays.js';

export interface RadarAxis {
  id: string;
  label: string;
  score: number | null;
  range: { low: number; high: number } | null;
}

export interface RadarRing {
  value: number;
  label: string;
}

export interface RadarOptions {
  /** Accessible name of the picture; the table after it carries the figures. */
  title: string;
  rings: readonly RadarRing[];
}

/** The drawing's frame: the centre and the radius of a score of 100. */
export const RADAR = { width: 560, cx: 280, cy: 210, radius: 130 } as const;
/** Text is 21 units tall (12 px when the drawing is 320 px wide, a phone's): labels of 12 characters a line. */
const LINE = 23;

/** Where `value` (0–100) lies on axis `index` of `count`: the first axis points up, the others follow clockwise. */
export function radarPoint(index: number, count: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADAR.radius * Math.max(0, Math.min(100, value))) / 100;
  return { x: RADAR.cx + r * Math.cos(angle), y: RADAR.cy + r * Math.sin(angle) };
}

const polygon = (points: readonly { x: number; y: number }[]) => points.map((p) => `${coord(p.x)},${coord(p.y)}`).join(' ');
const closedPath = (points: readonly { x: number; y: number }[]) => `M${points.map((p) => `${coord(p.x)} ${coord(p.y)}`).join('L')}Z`;

export function radarSvg(axes: readonly RadarAxis[], options: RadarOptions): string {
  const n = axes.length;
  if (n === 0) return '';
  const out: string[] = [];
  // Tall enough for the lowest axis end and four lines of its label.
  const lowest = maxOf(axes.map((_, i) => radarPoint(i, n, 100).y));
  const height = Math.ceil(lowest + 24 + 4 * LINE);
  out.push(`<svg class="chart radar" viewBox="0 0 ${RADAR.width} ${height}" role="img" aria-label="${escapeHtml(options.title)}" data-cx="${RADAR.cx}" data-cy="${RADAR.cy}" data-radius="${RADAR.radius}">`);
  // Rings at every level threshold (and 100), labelled on the first axis.
  const rings = [...options.rings.filter((r) => r.value > 0 && r.value < 100), { value: 100, label: '' }];
  for (const ring of rings) {
    const points = axes.map((_, i) => radarPoint(i, n, ring.value));
    out.push(`<polygon class="grid" points="${polygon(points)}"/>`);
    if (ring.label) {
      const p = radarPoint(0, n, ring.value);
      out.push(`<text class="ring-label" x="${coord(p.x + 4)}" y="${coord(p.y - 3)}">${escapeHtml(shorten(ring.label, 11))}</text>`);
    }
  }
  axes.forEach((_, i) => {
    const end = radarPoint(i, n, 100);
    out.push(`<line class="axis" x1="${RADAR.cx}" y1="${RADAR.cy}" x2="${coord(end.x)}" y2="${coord(end.y)}"/>`);
  });
  // The band: the polygon of the best case with the polygon of the worst case cut out of it.
  const high = axes.map((a, i) => radarPoint(i, n, a.range?.high ?? a.score ?? 0));
  const low = axes.map((a, i) => radarPoint(i, n, a.range?.low ?? a.score ?? 0));
  out.push(`<path class="band" fill-rule="evenodd" d="${closedPath(high)}${closedPath(low)}"/>`);
  const scored = axes.map((a, i) => (a.score === null ? null : { axis: a, point: radarPoint(i, n, a.score) })).filter((x) => x !== null);
  if (scored.length > 1) out.push(`<polygon class="shape" points="${polygon(scored.map((s) => s.point))}"/>`);
  for (const { axis, point } of scored) {
    out.push(`<circle class="point" cx="${coord(point.x)}" cy="${coord(point.y)}" r="4.5" data-dimension="${escapeHtml(axis.id)}" data-score="${axis.score}"/>`);
  }
  axes.forEach((axis, i) => {
    const anchorPoint = radarPoint(i, n, 100);
    const dx = anchorPoint.x - RADAR.cx;
    const dy = anchorPoint.y - RADAR.cy;
    const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
    const lines = labelLines(axis.label, 12, 4);
    const x = anchorPoint.x + Math.sign(Math.round(dx)) * 8;
    // Labels above the top axis grow upwards; the others start at the axis end.
    const lineHeight = LINE;
    const y = dy < -1 ? anchorPoint.y - 10 - (lines.length - 1) * lineHeight : anchorPoint.y + (Math.abs(dx) < 1 ? 26 : 8);
    out.push(`<text class="axis-label" text-anchor="${anchor}" x="${coord(x)}" y="${coord(y)}">${lines.map((l, k) => `<tspan x="${coord(x)}" dy="${k === 0 ? 0 : lineHeight}">${escapeHtml(l)}</tspan>`).join('')}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
