#!/usr/bin/env node
// Thin entry: everything lives in the bundle of src/cli/main.ts, whose main() returns the exit code.
import { loadCli } from './load-cli.js';

process.exitCode = await loadCli().main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
