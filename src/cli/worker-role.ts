// Whether this bundle was started as one of `score --each`'s worker threads (see
// commands/each-workers.ts). Kept apart and small: main.ts asks at every start-up.
import { availableParallelism } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';

/** The key of workerData that carries a score --each worker's settings. */
export const EACH_WORKER = 'coconScoreEach';

export function isEachWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && EACH_WORKER in workerData;
}

/** `--jobs` by default: one thread per processor, four at most (past that, writing the files one after another is the limit). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}
