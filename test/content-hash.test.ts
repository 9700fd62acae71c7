// The hash that tells whether a bundled questionnaire's precompiled copy still matches its YAML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../src/core/content-hash.js';

describe('contentHash', () => {
  it('is the bytes\' own: the same wherever they sit in memory', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 0, max: 7 }), (bytes, offset) => {
        const shifted = new Uint8Array(bytes.length + offset);
        shifted.set(bytes, offset);
        expect(contentHash(shifted.subarray(offset))).toBe(contentHash(bytes));
      }),
    );
  });

  it('changes when any one byte changes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
        const edited = bytes.slice();
        const i = at % bytes.length;
        edited[i] = (edited[i]! + delta) % 256;
        expect(contentHash(edited)).not.toBe(contentHash(bytes));
      }),
    );
  });

  it('carries the length: bytes and the same bytes with a zero more differ', () => {
    expect(contentHash(new Uint8Array([1, 2, 3]))).toMatch(/^3-[0-9a-f]+$/);
    expect(contentHash(new Uint8Array([1, 2, 3, 0]))).not.toBe(contentHash(new Uint8Array([1, 2, 3])));
    // The SHA-1 everyone can recompute (sha1sum, openssl) for empty input.
    expect(contentHash(new Uint8Array([]))).toBe('0-da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });
});
