import { describe, expect, it } from 'vitest';
import { parseSource, MAX_DEPTH } from '../src/load/source.js';
import { say } from '../src/i18n/messages.js';

const parse = (text: string) => parseSource('x.yaml', Buffer.from(text));
const firstMessage = (text: string) => {
  const result = parse(text);
  return result.ok ? 'ok' : say(result.problems[0]!.message, 'en');
};

describe('hostile input is refused before the parser can be hurt', () => {
  it('refuses deep flow nesting, many times in one process', () => {
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (let i = 0; i < 3; i++) expect(firstMessage(deep)).toBe(`nesting too deep (more than ${MAX_DEPTH} levels)`);
  });

  it('refuses deep block nesting', () => {
    let text = '';
    for (let i = 0; i < 1_000; i++) text += `${" ".repeat(i)}k:\n`;
    expect(firstMessage(text)).toMatch(/nesting too deep/);
    expect(firstMessage(`${'- '.repeat(5_000)}x\n`)).toMatch(/nesting too deep/);
  });

  it('accepts ordinary nesting', () => {
    expect(firstMessage('a: [[1, 2], {b: [3]}]\nc:\n  d:\n    - e\n')).toBe('ok');
  });

  it('refuses prototype keys wherever they are', () => {
    expect(firstMessage('a:\n  b:\n    constructor: 1\n')).toBe('forbidden key "constructor"');
    expect(firstMessage('{"__proto__": {"polluted": true}}')).toBe('forbidden key "__proto__"');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses files over the size limit', () => {
    expect(parseSource('big.yaml', new Uint8Array(5 * 1024 * 1024)).ok).toBe(false);
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = parseSource('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')]));
    expect(result.ok && result.source.data).toEqual({ a: 1 });
  });
});
