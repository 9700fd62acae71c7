// Array helpers whose cost a file cannot turn into a crash. `target.push(...items)` and
// `Math.max(...items)` pass every item as an argument on the stack: past some 100,000 items
// (problems in one file, members of a group, rows of a table) V8 throws « Maximum call stack
// size exceeded ». These loop instead.

/** Appends every item of `items` to `target`, one by one. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`; -Infinity when there is none (as Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}

/** The smallest of `values`; Infinity when there is none (as Math.min()). */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}
