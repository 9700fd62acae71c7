// The type declarations of the library entry (`import { … } from 'cocon-territoire'`, src/api.ts):
// tsc writes them to dist/types/ from the sources, with the hand-written declarations of the
// generated validators beside them. Run after scripts/build.mjs (which empties dist/), by
// `npm test` and before packing.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { cwd: root, stdio: 'inherit' });
for (const name of readdirSync(`${root}src/generated`).filter((n) => n.endsWith('.d.ts'))) {
  cpSync(`${root}src/generated/${name}`, `${root}dist/types/generated/${name}`);
}
