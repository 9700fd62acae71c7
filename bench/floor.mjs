// The floor every file-set measure is compared with: read each answers file in the folder and parse
// it with the same YAML library, one after the other as cocon does, and nothing else.
//   node bench/floor.mjs DIR
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort()) {
  if (parse(await readFile(join(dir, name), 'utf8')) !== null) count++;
}
if (count === 0) process.exitCode = 2;
