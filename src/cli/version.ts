import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
/** The name cocon is published under on npm (its command is `cocon`). */
export const PACKAGE_NAME: string = pkg.name;

/**
 * Where a schema of this version is published: its `$id`, the file as a public CDN serves it from
 * the published package (scripts/schema-ids.mjs writes the same address into the schemas).
 * Written into files for editors, it holds wherever the file is moved or mailed, unlike a path
 * into this machine's copy of cocon.
 */
export function schemaUrl(name: 'answers' | 'questionnaire' | 'diagnostic' | 'targets'): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${VERSION}/schemas/${name}.schema.json`;
}
