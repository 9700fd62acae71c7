// A dimension's level ladder: the levels side by side on the 0–100 axis, the one reached filled,
// the ones the unknown answers still allow outlined, the score as a marker and its range as a
// band above. The reached level can sit left of the score: a requirement holds it back.
import { coord, escapeHtml, shorten } from '../escape.js';
import { scaleX, SCALE } from './scale.js';

export interface LadderLevel {
  id: string;
  label: string;
  min: number;
}

export interface LadderInput {
  levels: readonly LadderLevel[];
  score: number | null;
  range: { low: number; high: number } | null;
  level: string | null;
  certainty?: { status: 'established' | 'to-confirm' | 'insufficient-data'; low: string | null; high: string | null };
}

export const LADDER_HEIGHT = 88;
const TOP = 20;
/** Tall enough for a level's name in text 22 units high (12 px when the ladder is 330 px wide). */
const BAR = 38;

/** The levels, each with the span of scores it covers. */
export function ladderSteps(levels: readonly LadderLevel[]): { level: LadderLevel; from: number; to: number }[] {
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  return sorted.map((level, i) => ({ level, from: level.min, to: sorted[i + 1]?.min ?? 100 }));
}

/** Levels the unknown answers leave possible: from the certainty's low to its high level, in order. */
export function possibleLevels(input: LadderInput): Set<string> {
  const ids = ladderSteps(input.levels).map((s) => s.level.id);
  const c = input.certainty;
  if (!c || c.status === 'established') return new Set(input.level ? [input.level] : []);
  const from = c.low === null ? 0 : ids.indexOf(c.low);
  const to = c.high === null ? -1 : ids.indexOf(c.high);
  return new Set(ids.slice(Math.max(0, from), to + 1));
}

export function ladderSvg(input: LadderInput, title: string): string {
  const steps = ladderSteps(input.levels);
  if (steps.length === 0) return '';
  const possible = possibleLevels(input);
  const reached = input.certainty?.status === 'insufficient-data' ? null : input.level;
  const out: string[] = [`<svg class="chart ladder" viewBox="0 0 ${SCALE.width} ${LADDER_HEIGHT}" role="img" aria-label="${escapeHtml(title)}">`];
  if (input.range && input.range.high > input.range.low) {
    out.push(`<rect class="band" x="${coord(scaleX(input.range.low))}" y="${TOP - 12}" width="${coord(scaleX(input.range.high) - scaleX(input.range.low))}" height="8" rx="2"/>`);
  }
  for (const step of steps) {
    const x = scaleX(step.from);
    const width = Math.max(0, scaleX(step.to) - x);
    const state = step.level.id === reached ? 'reached' : possible.has(step.level.id) ? 'possible' : 'other';
    out.push(`<rect class="step ${state}" x="${coord(x + 1)}" y="${TOP}" width="${coord(Math.max(0, width - 2))}" height="${BAR}" rx="3" data-level="${escapeHtml(step.level.id)}"/>`);
    const room = Math.floor((width - 8) / 11.5);
    if (room >= 3) out.push(`<text class="step-label ${state}" x="${coord(x + width / 2)}" y="${TOP + 27}" text-anchor="middle">${escapeHtml(shorten(step.level.label, room))}</text>`);
    out.push(`<text class="tick" x="${coord(x + 2)}" y="${TOP + BAR + 24}">${step.from}</text>`);
  }
  out.push(`<text class="tick" x="${SCALE.right}" y="${TOP + BAR + 24}" text-anchor="end">100</text>`);
  if (input.score !== null) {
    const x = coord(scaleX(input.score));
    // Above and below the level's name, never across it.
    out.push(`<path class="marker" d="M${x} ${TOP - 2}V${TOP + 6}M${x} ${TOP + BAR - 6}V${TOP + BAR + 4}" data-score="${input.score}"/><path class="marker-head" d="M${x} ${TOP - 1}l-6 -9h12z"/>`);
  }
  out.push('</svg>');
  return out.join('');
}
