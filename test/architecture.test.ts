// The house rules a maintainer relies on, checked on the source: no import cycle, question
// types handled only by their kinds, renderers that read only the diagnostic.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(SRC, f));
const source = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** Static and dynamic imports of project files, type-only ones included (they shape the design too). */
function importsOf(file: string): string[] {
  const specifiers = [...source.get(file)!.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts')).filter((f) => source.has(f));
}

describe('architecture', () => {
  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') return void cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '));
      state.set(file, 'visiting');
      for (const next of importsOf(file)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports only down the layers drawn in docs/architecture.md', () => {
    const drawing = /<!-- layers: highest first -->\n```text\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'))![1]!;
    // Each line: folder names (or top-level files of src/), then two spaces or more and a description.
    const rows = drawing.trimEnd().split('\n').map((line) => line.split(/ {2,}/)[0]!.trim().split(' '));
    const layerOf = new Map(rows.flatMap((names, i) => names.map((name) => [name, rows.length - i] as const)));
    const placeOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!;
    const unplaced = [...new Set(files.map(placeOf))].filter((place) => !layerOf.has(place));
    expect(unplaced, 'folders of src/ missing from the drawing').toEqual([]);
    const climbing = files.flatMap((f) =>
      importsOf(f)
        .filter((i) => placeOf(i) !== placeOf(f) && layerOf.get(placeOf(i))! >= layerOf.get(placeOf(f))!)
        .map((i) => `${relative(ROOT, f)} → ${relative(ROOT, i)}`),
    );
    expect(climbing).toEqual([]);
  });

  it('branches on a question type only inside src/questions', () => {
    const offenders = files
      .filter((f) => !f.includes(`${join('src', 'questions')}`) && !f.includes(join('src', 'types')))
      .flatMap((f) => source.get(f)!.split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => /\.type\s*[!=]==|switch\s*\([^)]*\.type\)|type\s*===\s*'(single|multiple|scale|yesno|text)'/.test(line))
      .map(({ f, i, line }) => `${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('renderers read the diagnostic contract, never scoring, loading or the questionnaire model', () => {
    const renderers = files.filter((f) => f.includes(join('src', 'render')));
    const offenders = renderers.flatMap((f) => importsOf(f).filter((i) => /src\/(score|load|questions|cli)\//.test(i) || i.endsWith('core/model.ts')).map((i) => `${relative(ROOT, f)} → ${relative(ROOT, i)}`));
    expect(offenders).toEqual([]);
  });

  it('only the CLI layer (and the entry of the browser form, its counterpart in the page) touches the process, the clock, the time zone or the environment', () => {
    const offenders = files
      .filter((f) => !f.includes(join('src', 'cli')) && !f.endsWith(join('src', 'form', 'browser.ts')))
      .flatMap((f) => source.get(f)!.split('\n').map((line, i) => ({ f, line, i })))
      .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line) && /\bprocess\.|\bDate\.now\(|new Date\(|\.get(FullYear|Month|Date|Day|Hours|Minutes|TimezoneOffset)\(|\bMath\.random\(/.test(line))
      .map(({ f, i, line }) => `${relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
