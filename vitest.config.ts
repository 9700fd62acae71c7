import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Files that start the built binary (in a pseudo-terminal, under a memory limit, or every documented command), or pack and install the package. */
const PROCESS = ['test/smoke.test.ts', 'test/run-pty.test.ts', 'test/package.test.ts', 'test/documented-commands.test.ts', 'test/device-reads.test.ts'];

export default defineConfig({
  test: {
    // A limit for a test that hangs, not a speed check: on a shared two-core machine a property
    // test or a browser audit that takes 5 s alone has taken over 60 s.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The smoke and pseudo-terminal files mostly wait on child processes (npm, keys typed at a
    // person's pace): two files at a time even on two cores, where vitest's default runs one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      // `npm run test:fast`: everything that needs no browser, no pseudo-terminal and no build.
      { extends: true, test: { name: 'fast', include: ['test/*.test.ts'], exclude: PROCESS } },
      // Not isolated: the files of a worker share one module graph, hence one Chromium (test/browser/chromium.ts).
      { extends: true, test: { name: 'browser', include: ['test/browser/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'process', include: PROCESS } },
    ],
  },
});
