// cocon benchmark DIAGNOSTICS…: territories among their peers. Diagnostics (JSON files or HTML
// reports, or folders read recursively for *.json, such as the output of score --each) are read one at a time and
// reduced to a few numbers each; percentiles come from those numbers (src/network/benchmark.ts).
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { msg } from '../../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../../core/problems.js';
import type { Text } from '../../../core/text.js';
import { parseHtmlReport, readDiagnostic } from '../../../diagnostic/read.js';
import { detectKind } from '../../../load/kind.js';
import { benchmark, DEFAULT_MIN_GROUP, entryOf, OVERALL, type Benchmark, type Entry } from '../../../network/benchmark.js';
import type { Attributes } from '../../../network/attributes.js';
import { isFolder, readBounded, readSource } from '../../files.js';
import type { Context } from '../../context.js';
import { textOf } from '../../../i18n/catalogues.js';
import { emitReport, parseFormat, refuseOverwritingInputs } from '../output.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';
import { pushAll } from '../../../core/arrays.js';

/** `--mine`: a diagnostic of the territory to place, read first and standing for its territory. */
export type BenchmarkOptions = OptionsOf<typeof spec>;

export async function run(context: Context, [inputs]: ArgumentsOf<typeof spec>, options: BenchmarkOptions): Promise<number> {
  if (options.mine !== undefined && options.territory !== undefined) throw new UsageError(msg('benchmark.mine-and-territory'));
  const format = parseFormat(context, options, 'benchmark');
  const minGroup = parseMinGroup(options.minGroup);
  const extra = options.attributes !== undefined ? await readAttributes(context, options.attributes) : new Map<string, Attributes>();
  const files = await diagnosticFiles(context, inputs);
  const read = [...files, ...(options.attributes !== undefined ? [options.attributes] : []), ...(options.mine !== undefined ? [options.mine] : [])];
  await refuseOverwritingInputs(options.out, read, context.resolve);

  const reader = new EntryReader(context, extra);
  // --mine first: its questionnaire is the one the others are compared on.
  const mine = options.mine !== undefined ? await reader.read(options.mine) : undefined;
  const mineFile = options.mine !== undefined ? context.resolve(options.mine) : undefined;
  const problems: Problem[] = [];
  const latest = new Map<string, Entry>();
  const readTwice = new Set<string>();
  for (const file of files) {
    if (context.resolve(file) === mineFile) continue;
    let entry: Entry;
    try {
      entry = await reader.read(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      pushAll(problems, error.problems);
      continue;
    }
    // A territory read twice (two dates): its latest diagnostic stands for it.
    const earlier = latest.get(entry.territory);
    if (earlier) readTwice.add(entry.territory);
    if (!earlier || (entry.date ?? '') >= (earlier.date ?? '')) latest.set(entry.territory, entry);
  }
  if (problems.length > 0) throw new InputError(problems);
  if (readTwice.size > 0) context.note(msg('benchmark.replaced', { count: readTwice.size }));
  if (mine) {
    if (latest.has(mine.territory)) context.note(msg('benchmark.mine-stands', { territory: mine.territory }));
    latest.set(mine.territory, mine);
  }
  const territory = mine?.territory ?? options.territory;
  const { first, questionLabels, optionLabels } = reader;
  const entries = [...latest.values()];

  if (options.by !== undefined) {
    const declared = [...new Set(entries.flatMap((e) => Object.keys(e.attributes)))].sort();
    if (!declared.includes(options.by)) throw new UsageError(msg('benchmark.unknown-attribute', { value: options.by, allowed: declared }));
  }
  if (territory !== undefined && !latest.has(territory)) throw new UsageError(msg('benchmark.unknown-territory', { name: territory }));
  const by = options.by;
  const valueLabels = by !== undefined ? Object.fromEntries([...optionLabels].filter(([key]) => key.startsWith(`${by}\u0000`)).map(([key, label]) => [key.slice(by.length + 1), label])) : undefined;
  const result = benchmark(entries, {
    minGroup,
    ...(by !== undefined ? { by } : {}),
    ...(territory !== undefined ? { territory } : {}),
    levels: first!.levels,
    dimensions: first!.dimensions,
    ...(by !== undefined && questionLabels.has(by) ? { byLabel: questionLabels.get(by)! } : {}),
    ...(valueLabels && Object.keys(valueLabels).length > 0 ? { valueLabels } : {}),
  });
  await emitReport(context, result, format, options.out, 'benchmark');
  return 0;
}

/** Reads diagnostics one at a time into entries, keeping the first one's levels and dimensions and the context questions' labels. */
class EntryReader {
  first: { questionnaire: string; levels: Benchmark['levels']; dimensions: Benchmark['dimensions'] } | undefined;
  readonly questionLabels = new Map<string, Text>();
  readonly optionLabels = new Map<string, Text>();

  constructor(
    private readonly context: Context,
    private readonly extra: ReadonlyMap<string, Attributes>,
  ) {}

  async read(file: string): Promise<Entry> {
    const source = await readSource(file, this.context.resolve, /\.html?$/i.test(file) ? parseHtmlReport : undefined);
    if (detectKind(source.data) !== 'diagnostic') throw new InputError([source.problem([], msg('benchmark.not-diagnostic'))]);
    const diagnostic = readDiagnostic(source);
    const questionnaire = diagnostic.questionnaire.id;
    this.first ??= {
      questionnaire,
      levels: diagnostic.levels.map((l) => ({ id: l.id, label: l.label, min: l.min })),
      dimensions: [...diagnostic.dimensions.map((d) => ({ id: d.id, label: d.label })), { id: OVERALL, label: textOf((c) => c.network.overall) }],
    };
    if (questionnaire !== this.first.questionnaire) throw new InputError([source.problem(['questionnaire', 'id'], msg('benchmark.other-questionnaire', { found: questionnaire, expected: this.first.questionnaire }))]);
    for (const q of diagnostic.context ?? []) {
      if (!this.questionLabels.has(q.id)) this.questionLabels.set(q.id, q.text);
      for (const o of q.options ?? []) if (!this.optionLabels.has(`${q.id}\u0000${o.id}`)) this.optionLabels.set(`${q.id}\u0000${o.id}`, o.label);
    }
    return entryOf(diagnostic, this.extra.get(diagnostic.territory));
  }
}

function parseMinGroup(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_GROUP;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 2) throw new UsageError(msg('benchmark.bad-min-group', { value }));
  return n;
}

/** Files as given; folders read recursively for *.json (summary.jsonl and others skipped), in name order. */
async function diagnosticFiles(context: Context, inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(context.resolve(dir), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && extname(entry.name).toLowerCase() === '.json') files.push(path);
    }
  };
  for (const input of inputs) {
    if (!(await isFolder(context.resolve(input)))) {
      files.push(input);
      continue;
    }
    const before = files.length;
    await walk(input);
    if (files.length === before) throw new InputError([{ file: input, line: 1, col: 1, message: msg('benchmark.no-diagnostic', { dir: input }) }]);
  }
  return files;
}

/** --attributes FILE.csv: a `territory` column, then one column per attribute; empty cells declare nothing. */
async function readAttributes(context: Context, file: string): Promise<Map<string, Attributes>> {
  let rows: Record<string, string>[];
  try {
    const { MAX_FILE_BYTES } = await import('../../../load/source.js');
    rows = parseCsv(readBounded(file, context.resolve(file), MAX_FILE_BYTES), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const line = (error as { lines?: number }).lines ?? 1;
    throw new InputError([{ file, line, col: 1, message: code === 'ENOENT' ? msg('file.not-found', { file }) : msg('file.unreadable', { reason: code ?? String((error as Error).message ?? error) }) }]);
  }
  if (rows.length > 0 && !Object.hasOwn(rows[0]!, 'territory')) throw new InputError([{ file, line: 1, col: 1, message: msg('benchmark.attributes-column', { file }) }]);
  const byTerritory = new Map<string, Attributes>();
  for (const row of rows) {
    const { territory, ...rest } = row;
    if (!territory) continue;
    byTerritory.set(territory, Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, value === '' ? null : value])));
  }
  return byTerritory;
}

