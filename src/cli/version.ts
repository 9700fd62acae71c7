import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

/**
 * Where a schema of this version is published: its `$id` (https://cocon.dev/schemas/NAME) with the
 * version as a folder. Written into files for editors, it holds wherever the file is moved or
 * mailed, unlike a path into this machine's copy of cocon.
 */
export function schemaUrl(name: 'answers' | 'questionnaire' | 'diagnostic'): string {
  return `https://cocon.dev/schemas/${VERSION}/${name}.schema.json`;
}
