// Runs the CLI bundle (dist/lib/cocon.cjs) with the V8 code cache the build made for it. A cache
// that does not match (another Node version, an edited bundle) is ignored by V8: slower, never wrong.
'use strict';
const { isAscii } = require('node:buffer');
const { existsSync, readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '../dist/lib/cocon.cjs');
const CODE_CACHE = join(__dirname, '../dist/lib/cocon.cache');
/**
 * The cache of the commands that run little of the bundle (list, help, version): V8 loads a whole
 * cache before running anything, and the full one, which holds scoring and every report, made
 * `cocon list` start 12 ms later than this one.
 */
const LIGHT_CODE_CACHE = join(__dirname, '../dist/lib/cocon-light.cache');
const LIGHT_ARGUMENTS = new Set(['list', 'help', '--help', '-h', '--version', '-V']);

/** The cache for these arguments: a wrong guess (a file named `list`) only costs time. */
function codeCacheFor(argv) {
  return argv.some((arg) => LIGHT_ARGUMENTS.has(arg)) ? LIGHT_CODE_CACHE : CODE_CACHE;
}

function loadCli({ useCache = true, argv = [] } = {}) {
  const cache = codeCacheFor(argv);
  if (!existsSync(BUNDLE)) {
    // A clone before its first build: the published package always ships dist/.
    process.stderr.write(`cocon : ${BUNDLE} manque, lancez \`npm run build\` dans ${join(__dirname, '..')} / is missing: run \`npm run build\` there\n`);
    process.exit(2);
  }
  const bytes = readFileSync(BUNDLE);
  // The build writes the bundle in ASCII, which Latin-1 decodes as UTF-8 would, several times faster.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cachedData = useCache && existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, script, codeCache: cachedData ? cache : undefined };
}

module.exports = { BUNDLE, CODE_CACHE, LIGHT_CODE_CACHE, LIGHT_ARGUMENTS, loadCli };
