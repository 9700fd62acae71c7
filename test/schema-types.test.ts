// The TypeScript types are generated from schemas/; this fails when someone edits one without the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without type declarations
import { generateTypes, TYPES_FILE } from '../scripts/gen-types.mjs';

describe('schemas ↔ TypeScript types', () => {
  it('src/types/schemas.ts is exactly what the schemas generate (run `npm run gen:types`)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await generateTypes());
  });
});
