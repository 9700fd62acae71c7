// The JSON report written in pieces (src/render/json.ts) is byte for byte the one written whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts, jsonPieces, renderJson } from '../src/render/json.js';
import { embedJson, embedJsonPieces } from '../src/render/html/escape.js';
import { diagnose } from '../src/score/diagnose.js';
import { join } from 'node:path';
import { answersFrom, FIXTURES, questionnaireFrom } from './helpers.js';

// Plain data as a diagnostic holds it, plus what JSON.stringify drops or turns to null, and
// the characters safeJson escapes (DEL, C1, U+2028/2029).
const text = fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\u007f', '\u009b', '\u2028', '\u2029', '😀', ' ') });
/**
 * `document`, grown to be walked rather than written in one JSON.stringify: `copies(i)` as many
 * times as it takes for its JSON to pass 200,000 characters, three times the size written whole
 * (3,000 times at most, which is past that size already), so that it is handed over in pieces.
 */
function large(document: object, copies: (i: number) => unknown): object {
  const one = JSON.stringify(copies(0)).length;
  return { ...document, many: Array.from({ length: Math.min(3000, Math.ceil(200_000 / one)) }, (_, i) => copies(i)) };
}

const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), text, tie('list'), tie('record')),
  list: fc.array(fc.oneof(tie('any'), fc.constant(undefined)), { maxLength: 5 }),
  record: fc.dictionary(text, fc.oneof(tie('any'), fc.constant(undefined)), { maxKeys: 5 }),
})).any;

describe('JSON in pieces', () => {
  it('writes what JSON.stringify writes, at any depth of walking', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), (v, depth) => {
        expect([...jsonParts(v, '', depth)].join('')).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives renderJson\'s text, escapes included, for any object', () => {
    fc.assert(
      // Large enough, or not, to be walked rather than written in one JSON.stringify.
      fc.property(fc.dictionary(text, value), fc.boolean(), (v, walked) => {
        const document = walked ? large(v, (i) => ({ i, v })) : v;
        const pieces = [...jsonPieces(document, { lang: 'fr', color: false, width: 80 })];
        expect(pieces.join('')).toBe(renderJson(document, { lang: 'fr', color: false, width: 80 }));
        if (walked) expect(pieces.length).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it('writes JSON.stringify\'s one line too (indent undefined), at any depth of walking', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 8 }), (v, depth) => {
        expect([...jsonParts(v, undefined, depth)].join('')).toBe(JSON.stringify(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('embeds in an HTML page the same JSON in pieces as whole, escapes included (</script>, <!--, &, U+2028)', () => {
    const risky = fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '!', '-', 's', '\u2028', '\u009b', 'é') });
    fc.assert(
      fc.property(fc.dictionary(risky, value), fc.boolean(), (v, walked) => {
        const document = walked ? large(v, (i) => ({ i, v, s: '</script><!--' })) : v;
        const pieces = [...embedJsonPieces(document)];
        expect(pieces.join('')).toBe(embedJson(document));
        if (walked) expect(pieces.length).toBeGreaterThan(1);
      }),
      { numRuns: 200 },
    );
  });

  it('hands a large diagnostic over in pieces of 16,000 characters or so', () => {
    const questionnaire = questionnaireFrom(join(FIXTURES, 'mini.yaml'));
    const text = (i: number) => `questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: T, actorType: association, role: R, date: 2026-03-14 }\nanswers:\n  a1: { value: parfois, comment: "Commentaire numéro ${i} \\u2028 avec séparateur" }\n  b1: ${1 + (i % 5)}\n`;
    const set = (i: number) => answersFrom(`r${i}.yaml`, questionnaire, text(i));
    const diagnostic = diagnose(questionnaire, Array.from({ length: 400 }, (_, i) => set(i)));
    const options = { lang: 'fr' as const, color: false, width: 80 };
    const pieces = [...jsonPieces(diagnostic, options)];
    expect(pieces.join('')).toBe(renderJson(diagnostic, options));
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000);
  });
});
