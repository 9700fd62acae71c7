// How a `score --each` worker thread is told from a command (see commands/each-workers.ts). Kept
// apart and small, without node:worker_threads: main.ts asks at every start-up, and loading that
// module cost every command a millisecond.
import { availableParallelism } from 'node:os';

/** The key of workerData that carries a score --each worker's settings. */
export const EACH_WORKER = 'coconScoreEach';

/** The argument a worker is started with: main.ts looks for it before loading anything. */
export const EACH_WORKER_ARGUMENT = '--cocon-score-each-worker';

/** `--jobs` by default: one thread per processor, four at most (past that, writing the files one after another is the limit). */
export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}
