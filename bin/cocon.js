#!/usr/bin/env node
// Thin entry: everything lives in the bundle of src/cli/main.ts, whose main() returns the exit code.
// CommonJS (bin/package.json says so): Node starts an ES module entry about 8 ms later.
'use strict';
const { isatty } = require('node:tty');
const { loadCli } = require('./load-cli.js');

// A reader that stops early (`cocon score … | head`) closes the pipe: the rest of the report has
// nowhere to go, and that is no failure of the run. Without a listener Node dies with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const argv = process.argv.slice(2);
loadCli({ argv })
  .main({
    argv,
    stdout: process.stdout,
    stderr: process.stderr,
    // Only whether it is a terminal: touching process.stdin would open it for every command.
    stdin: { isTTY: isatty(0) },
    env: process.env,
    cwd: process.cwd(),
    // How the person started cocon, for the commands it prints (the resume command, the full report).
    script: process.argv[1],
  })
  .then((code) => {
    process.exitCode = code;
  });
