// A horizontal 0–100 axis shared by the ladder and the spread charts.

export const SCALE = { width: 600, left: 12, right: 588 } as const;

/** The x of a score (0–100) on the axis. */
export function scaleX(value: number): number {
  return SCALE.left + ((SCALE.right - SCALE.left) * Math.max(0, Math.min(100, value))) / 100;
}
