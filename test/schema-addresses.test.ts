// The schema addresses editors follow: each schema's `$id`, the references between schemas and the
// `yaml-language-server` header of the files cocon ships and writes all name the file as the CDN
// serves it from this version of the published package (scripts/schema-ids.mjs writes them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_NAME, schemaUrl, VERSION } from '../src/cli/version.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/schemas/`;
const SCHEMAS = readdirSync(join(ROOT, 'schemas')).filter((name) => name.endsWith('.schema.json'));

function filesUnder(folder: string, test: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('schema addresses', () => {
  it('the package version and name are the ones the CLI writes', () => {
    expect(VERSION).toBe(pkg.version);
    expect(PACKAGE_NAME).toBe(pkg.name);
    expect(pkg.files).toContain('schemas');
    for (const name of ['answers', 'questionnaire', 'diagnostic', 'targets'] as const) expect(schemaUrl(name)).toBe(`${BASE}${name}.schema.json`);
  });

  it('each schema’s $id is its own file at this version, and every reference names a schema that exists at the same version', () => {
    expect(SCHEMAS.length).toBeGreaterThanOrEqual(8);
    for (const file of SCHEMAS) {
      const text = readFileSync(join(ROOT, 'schemas', file), 'utf8');
      expect((JSON.parse(text) as { $id: string }).$id, file).toBe(`${BASE}${file}`);
      for (const [url] of text.matchAll(/https:\/\/[^"#\s]+\.schema\.json/g)) {
        expect(url.startsWith(BASE), `${file}: ${url}`).toBe(true);
        expect(SCHEMAS, `${file}: ${url}`).toContain(url.slice(BASE.length));
      }
      expect(text, file).not.toContain('cocon.dev');
    }
  });

  it('every editor header of the examples, questionnaires and docs names an existing schema at this version', () => {
    const files = [
      ...filesUnder('examples', (name) => /\.ya?ml$/.test(name)),
      ...filesUnder('questionnaires', (name) => /\.ya?ml$/.test(name)),
      ...filesUnder('docs', (name) => name.endsWith('.md')),
      join(ROOT, 'README.md'),
    ];
    let headers = 0;
    for (const file of files) {
      for (const [, url] of readFileSync(file, 'utf8').matchAll(/# yaml-language-server: \$schema=(\S+)/g)) {
        headers++;
        const where = relative(ROOT, file);
        expect(url!.startsWith(BASE), `${where}: ${url}`).toBe(true);
        expect(existsSync(join(ROOT, 'schemas', url!.slice(BASE.length))), `${where}: ${url}`).toBe(true);
      }
    }
    expect(headers).toBeGreaterThan(30);
  });

  it('init, the form and the answers a run saves write the same address', async () => {
    const init = await runMain(['init']);
    expect(init.stdout.split('\n')[0]).toBe(`# yaml-language-server: $schema=${BASE}answers.schema.json`);
    const form = await runMain(['form']);
    expect(form.stdout).toContain(JSON.stringify(`${BASE}answers.schema.json`));
  });
});
