import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The smoke and pseudo-terminal files mostly wait on child processes (npm, keys typed at a
    // person's pace): two files at a time even on two cores, where vitest's default runs one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
