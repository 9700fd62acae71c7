// score --each on several threads: reading, checking and scoring a territory is pure computing,
// the same for every territory, so worker threads and the command's own take territories from one
// queue, and the command writes the results in the territories' order. Each worker runs the CLI
// bundle itself, so this works only from the build (dist/lib/cocon.cjs); from the sources the
// command uses one thread.
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { EACH_WORKER, EACH_WORKER_ARGUMENT } from '../../worker-role.js';
import { scorer, type EachSettings, type TerritoryJob, type TerritoryResult } from './each-territory.js';

/** Results a thread may get ahead of the one the command waits for: memory stays bounded by it. */
const AHEAD_PER_THREAD = 4;

/** The bundle file, when cocon runs from its build; undefined when it runs from the TypeScript sources. */
function bundleFile(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.cjs') ? file : undefined;
}

/**
 * The results of `jobs`, in their order, computed on up to `threads` threads: this one and
 * `threads - 1` workers (this one alone when one thread is asked for, or when running from sources).
 */
export async function* scoreAll(jobs: readonly TerritoryJob[], settings: EachSettings, threads: number): AsyncGenerator<TerritoryResult> {
  const bundle = bundleFile();
  const count = Math.min(threads, jobs.length);
  const score = scorer(settings);
  if (count <= 1 || bundle === undefined) {
    for (const job of jobs) yield await score(job);
    return;
  }
  yield* inThreads(jobs, settings, count, score, bundle);
}

/**
 * This thread scores too, taking territories from the same queue as `count - 1` workers: one
 * isolate fewer to start, warm up and fill with its own heap than `count` workers and an idle
 * command.
 */
async function* inThreads(jobs: readonly TerritoryJob[], settings: EachSettings, count: number, score: (job: TerritoryJob) => Promise<TerritoryResult>, bundle: string): AsyncGenerator<TerritoryResult> {
  const done = new Map<number, TerritoryResult>();
  let next = 0;
  let wanted = 0;
  let failure: Error | undefined;
  let closing = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const open = () => next < jobs.length && next < wanted + count * AHEAD_PER_THREAD;
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const give = (worker: Worker) => {
    if (open()) worker.postMessage(jobs[next++]);
    else idle.push(worker);
  };
  for (let i = 1; i < count; i++) {
    const worker = new Worker(bundle, { argv: [EACH_WORKER_ARGUMENT], workerData: { [EACH_WORKER]: settings } });
    worker.on('message', (result: TerritoryResult) => {
      done.set(result.index, result);
      give(worker);
      signal();
    });
    // A worker that dies without a result (out of memory, a crash): the run cannot be complete.
    worker.on('error', (error) => {
      failure ??= error;
      signal();
    });
    // Any stop before the run ends leaves territories unscored (waiting for them would never end).
    worker.on('exit', (code) => {
      if (!closing) failure ??= new Error(`score --each: a worker thread stopped (exit code ${code})`);
      signal();
    });
    workers.push(worker);
    give(worker);
  }
  try {
    while (wanted < jobs.length) {
      const result = done.get(wanted);
      if (result) {
        done.delete(wanted);
        wanted++;
        // The window moved on: threads left idle by it get work again.
        for (const worker of idle.splice(0)) give(worker);
        yield result;
        continue;
      }
      if (failure) throw failure;
      if (open()) {
        const job = jobs[next++]!;
        done.set(job.index, await score(job));
        // A turn of the event loop, for the workers' results and their next territories.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Whether this thread is a worker started above (the argument alone could be typed by anyone). */
export function isEachWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && EACH_WORKER in workerData;
}

/** Started as a worker thread (see main.ts): scores each territory it is given and sends the result back. */
export function serveEachWorker(): void {
  const score = scorer((workerData as Record<string, EachSettings>)[EACH_WORKER]!);
  parentPort!.on('message', (job: TerritoryJob) => {
    void score(job).then((result) => parentPort!.postMessage(result));
  });
}
