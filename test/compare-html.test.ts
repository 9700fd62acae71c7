// cocon compare reads HTML reports as the diagnostics they embed; a page whose embedded data is
// broken is refused with its line, not a stack trace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateComparison } from '../src/generated/validate-comparison.js';
import { MAX_FILE_BYTES } from '../src/load/source.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const OLD = join(ROOT, 'examples/suivi-val-de-brume/2025-03-11.yaml');
const NEW = join(ROOT, 'examples/suivi-val-de-brume/2026-03-14.yaml');
const V1 = ['-q', 'coconstruction-territoriale@1.0.0'];

describe('compare on HTML reports', () => {
  it('gives the same comparison as the answers they were scored from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-compare-html-'));
    for (const [input, name] of [[OLD, 'old.html'], [NEW, 'new.html']] as const) {
      expect((await runMain(['score', input, ...V1, '-f', 'html', '--out', join(dir, name)])).code).toBe(0);
    }
    const fromHtml = await runMain(['compare', join(dir, 'old.html'), join(dir, 'new.html'), '-f', 'json']);
    const fromAnswers = await runMain(['compare', OLD, NEW, ...V1, '-f', 'json']);
    expect(fromHtml.code).toBe(0);
    expect(JSON.parse(fromHtml.stdout)).toEqual(JSON.parse(fromAnswers.stdout));
    expect(validateComparison(JSON.parse(fromHtml.stdout))).toBe(true);
    // And as a page of its own, with its trend.
    const page = await runMain(['compare', join(dir, 'old.html'), join(dir, 'new.html'), '-f', 'html']);
    expect(page.stdout).toMatch(/<svg class="chart trend"/);
  });

  it('refuses a page whose embedded diagnostic is broken, with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-compare-html-'));
    const broken = join(dir, 'broken.html');
    writeFileSync(broken, '<!DOCTYPE html>\n<p>x</p>\n<script type="application/json" id="cocon-diagnostic">\n{"schemaVersion": 2, "territory": \n</script>\n');
    const run = await runMain(['compare', broken, NEW, ...V1]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:[45]:\\d+: `));
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    const none = join(dir, 'none.html');
    writeFileSync(none, '<!DOCTYPE html><p>no data</p>');
    const missing = await runMain(['compare', none, NEW, ...V1]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${none}:1:1: `);
  });

  it('reads a page larger than a YAML file may be, as report does; its broken JSON is located as JSON', async () => {
    // A diagnostic of 3,000 respondents makes an 11 MB page (measured): past the 4 MiB YAML limit,
    // the embedded block is JSON and read as JSON. Here the example's page, its block padded.
    const dir = mkdtempSync(join(tmpdir(), 'cocon-compare-html-'));
    const small = join(dir, 'small.html');
    expect((await runMain(['score', OLD, ...V1, '-f', 'html', '--out', small])).code).toBe(0);
    const page = readFileSync(small, 'utf8');
    // The block is `\n{…}\n`: spaces after the JSON, on its line.
    const end = page.lastIndexOf('</script>') - 1;
    const padded = (tail: string) => `${page.slice(0, end)}${' '.repeat(MAX_FILE_BYTES)}${tail}${page.slice(end)}`;
    const big = join(dir, 'big.html');
    writeFileSync(big, padded(''));
    const fromBig = await runMain(['compare', big, NEW, ...V1, '-f', 'json']);
    const fromSmall = await runMain(['compare', small, NEW, ...V1, '-f', 'json']);
    expect(fromBig).toMatchObject({ code: 0, stderr: '' });
    expect(fromBig.stdout).toBe(fromSmall.stdout);
    expect(await runMain(['report', big, '-f', 'json'])).toEqual(await runMain(['report', small, '-f', 'json']));
    // One stray quote after the padding: refused at its line and column, as JSON.
    writeFileSync(big, padded('"'));
    const line = page.slice(0, end).split('\n').length;
    const col = end - page.lastIndexOf('\n', end - 1) + MAX_FILE_BYTES;
    const broken = await runMain(['compare', big, NEW, ...V1]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:${col}: JSON invalide`));
  });
});
