// Runs the CLI bundle (dist/lib/cocon.cjs) with the V8 code cache the build made for it. A cache
// that does not match (another Node version, an edited bundle) is ignored by V8: slower, never wrong.
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/lib/cocon.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/lib/cocon.cache', import.meta.url));

export function loadCli({ useCache = true } = {}) {
  const bytes = readFileSync(BUNDLE);
  // The build writes the bundle in ASCII, which Latin-1 decodes as UTF-8 would, several times faster.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cachedData = useCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script };
}
