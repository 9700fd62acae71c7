// The floor of the network measures: read every file of a folder tree and parse it, nothing
// else. YAML files with the yaml library cocon uses, JSON files with JSON.parse; synchronous reads.
//   node bench/floor-tree.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let count = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) count += parse(readFileSync(path, 'utf8')) !== null ? 1 : 0;
    else if (entry.name.endsWith('.json')) count += JSON.parse(readFileSync(path, 'utf8')) !== null ? 1 : 0;
  }
}
walk(process.argv[2]);
if (count === 0) process.exitCode = 2;
