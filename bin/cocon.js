#!/usr/bin/env node
// Thin entry: everything lives in dist/lib/main.js (built from src/cli/main.ts), which returns an exit code.
import { main } from '../dist/lib/main.js';

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
