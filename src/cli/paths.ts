import { fileURLToPath } from 'node:url';

// This file sits two folders below the package root, in src/cli/ and, once built, in dist/lib/.
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
