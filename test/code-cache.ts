// What V8 made of a stored code cache, asked of a fresh node (smoke.test.ts, package.test.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

/** Runs a short ES module in a fresh node, as bin/cocon.js runs: same flags, so the same V8 cache rules. */
function nodeScript(code: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** What V8 made of the stored code cache when the bundle was loaded from `packageRoot`. */
export function codeCacheReport(packageRoot: string, useCache: boolean, argv: string[] = []): { rejected: boolean | undefined; size: number; codeCache?: string } {
  const loader = pathToFileURL(join(packageRoot, 'bin/load-cli.js')).href;
  return JSON.parse(
    nodeScript(`
      const { loadCli } = await import(${JSON.stringify(loader)});
      const { script, codeCache } = loadCli({ useCache: ${useCache}, argv: ${JSON.stringify(argv)} });
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, size: script.createCachedData().length, codeCache }));
    `),
  ) as { rejected: boolean | undefined; size: number; codeCache?: string };
}

