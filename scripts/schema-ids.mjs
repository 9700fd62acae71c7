// Writes the package's version into every schema address: each schema's `$id` and the references
// between schemas, and the `yaml-language-server` header of the shipped examples, questionnaires
// and docs. The address is the schema as a public CDN serves it from the published package
// (https://cdn.jsdelivr.net/npm/NAME@VERSION/schemas/FILE), so it resolves once that version is
// published and never changes after. `npm version` runs this (the `version` script);
// test/schemas-published.test.ts fails when an address and the package disagree.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/** Where the schemas of this package's version are served once it is published. */
export const schemaBase = (name, version) => `https://cdn.jsdelivr.net/npm/${name}@${version}/schemas/`;
/** Any address of a cocon schema, whatever version (or the old cocon.dev host) it names. */
const ANY_BASE = /https:\/\/(?:cocon\.dev\/schemas\/(?:[\w.-]+\/)?|cdn\.jsdelivr\.net\/npm\/[\w.-]+@[\w.+-]+\/schemas\/)(?=[a-z0-9-]+\.schema\.json)/g;
/** An editor header naming a schema by any path. */
const HEADER = /^(\s*# yaml-language-server: \$schema=)\S*?([a-z0-9-]+\.schema\.json)$/gm;

async function filesUnder(folder, test) {
  const out = [];
  for (const entry of await readdir(new URL(folder, root), { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (entry.isFile() && test(entry.name)) out.push(new URL(`${entry.parentPath ?? entry.path}/${entry.name}`, 'file://'));
  }
  return out;
}

export async function writeSchemaIds() {
  const base = schemaBase(pkg.name, pkg.version);
  const changed = [];
  const rewrite = async (url, edit) => {
    const text = await readFile(url, 'utf8');
    const next = edit(text);
    if (next !== text) {
      await writeFile(url, next);
      changed.push(fileURLToPath(url));
    }
  };
  for (const url of await filesUnder('schemas/', (n) => n.endsWith('.schema.json'))) await rewrite(url, (t) => t.replace(ANY_BASE, base));
  const headed = [
    ...(await filesUnder('examples/', (n) => /\.ya?ml$/.test(n))),
    ...(await filesUnder('questionnaires/', (n) => /\.ya?ml$/.test(n))),
    ...(await filesUnder('docs/', (n) => n.endsWith('.md'))),
    new URL('README.md', root),
  ];
  for (const url of headed) await rewrite(url, (t) => t.replace(HEADER, (_, start, file) => `${start}${base}${file}`));
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of await writeSchemaIds()) console.error(`wrote ${file}`);
}
