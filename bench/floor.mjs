// The floor every file-set measure is compared with: read each answers file in the folder and parse
// it with the same YAML library, one after the other, and nothing else. Reads are synchronous, the
// quickest way to read a file in Node, so that cocon cannot look good merely by reading faster.
//   node bench/floor.mjs DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
  if (parse(readFileSync(join(dir, name), 'utf8')) !== null) count++;
}
if (count === 0) process.exitCode = 2;
