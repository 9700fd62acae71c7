// cocon score --each DIR --out-dir OUT: a network's territories at once. Each subfolder of DIR (its
// respondents' answers files), or each answers file directly in DIR, is one territory, scored as
// `cocon score` would; its diagnostic goes to OUT, and a row to OUT/summary.csv and
// OUT/summary.jsonl. Territories are scored on a few threads (each-workers.ts) and written here
// in their order, each dropped once written: memory does not grow with the number of territories.
// A territory with bad files is reported and skipped (exit 2 at the end); thresholds apply to
// each territory (exit 1 when one misses them).
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { msg } from '../../../i18n/messages.js';
import { InputError, UsageError } from '../../../core/problems.js';
import { territorySlug } from '../../../core/file-slug.js';
import { parseGates } from '../../../score/gates.js';
import { columnsOf, csvHeader, csvLine, invalidRow, jsonLine, type Columns, type SummaryRow } from '../../../network/summary.js';
import { chooseFormat, extensionOf } from '../../../render/registry.js';
import { ANSWERS_EXTENSIONS, ensureFolder, openAtomicAppender, openFolderWriter, writeFailed, type AtomicAppender, type FolderWriter } from '../../files.js';
import type { Context } from '../../context.js';
import { rethrow, type EachSettings } from './each-territory.js';
import { scoreAll } from './each-workers.js';
import { defaultJobs } from '../../worker-role.js';
import type { GateOptions } from '../../../score/gates.js';

/** The options of `cocon score` that --each reads (the others it refuses). */
export interface EachOptions extends GateOptions {
  questionnaire?: string;
  format?: string;
  out?: string;
  history?: string;
  targets?: string;
  target?: string[];
  attribute?: boolean;
  outDir?: string;
  jobs?: string;
}

interface Territory {
  /** As named in DIR: a folder, or an answers file. */
  source: string;
  path: string;
}

export async function scoreEachCommand(context: Context, inputs: string[], options: EachOptions, minGroupSize: number | undefined): Promise<number> {
  for (const [option, given] of [['--out', options.out], ['--history', options.history], ['--targets', options.targets], ['--target', options.target]] as const) {
    if (given !== undefined) throw new UsageError(msg('each.not-with', { option }));
  }
  if (inputs.length !== 1) throw new UsageError(msg('each.needs-one-folder'));
  if (options.outDir === undefined) throw new UsageError(msg('each.needs-out-dir'));
  const dir = inputs[0]!;
  const outDir = options.outDir;
  const format = chooseFormat('diagnostic', { format: options.format, terminal: false, fallback: 'json' });
  // A missing browser is found before any territory is scored.
  if (format === 'pdf') (await import('../../pdf.js')).requireBrowser(context.env);
  const gates = parseGates(options);
  const territories = await territoriesIn(context, dir, outDir);
  try {
    await ensureFolder(outDir, context.resolve);
  } catch (error) {
    throw writeFailed(outDir, error);
  }
  const appender = (name: string) => {
    try {
      return openAtomicAppender(context.resolve(join(outDir, name)));
    } catch (error) {
      throw writeFailed(join(outDir, name), error);
    }
  };
  let diagnostics: FolderWriter;
  try {
    diagnostics = openFolderWriter(context.resolve(outDir));
  } catch (error) {
    throw writeFailed(outDir, error);
  }
  const csv = appender('summary.csv');
  const jsonl = appender('summary.jsonl');
  const summary = new SummaryWriter(csv, jsonl);
  const used = new Set<string>();
  let invalid = 0;
  let failed = 0;
  let expected: string | undefined;
  const settings: EachSettings = { cwd: context.io.cwd, lang: context.lang, width: context.width, format, questionnaire: options.questionnaire, minGroupSize, attribute: options.attribute === true, gates };
  const jobs = territories.map((territory, index) => ({ index, ...territory }));
  // A browser prints one page at a time: PDF stays on this thread.
  const threads = format === 'pdf' ? 1 : options.jobs !== undefined ? threadsFrom(options.jobs) : jobs.length >= MANY_TERRITORIES ? defaultJobs() : 1;
  try {
    for await (const result of scoreAll(jobs, settings, threads)) {
      const { source } = territories[result.index]!;
      if (result.kind === 'error') rethrow(result.error);
      for (const note of result.notes) context.note(note);
      if (result.kind === 'invalid') {
        context.problems(result.problems);
        invalid++;
        context.note(msg('each.invalid', { source }));
        summary.add(invalidRow(source));
        continue;
      }
      expected ??= result.questionnaire;
      if (result.questionnaire !== expected) {
        invalid++;
        context.note(msg('each.other-questionnaire', { source, found: result.questionnaire, expected }));
        summary.add(invalidRow(source));
        continue;
      }
      const file = uniqueName(territorySlug(basename(source, extname(source))), extensionOf('diagnostic', format), used);
      const content = format === 'pdf' ? await printed(context, result.text) : result.text;
      try {
        diagnostics.write(file, content);
      } catch (error) {
        throw writeFailed(join(outDir, file), error);
      }
      for (const failure of result.failures) context.note(msg('each.gate', { source, detail: context.say(failure) }));
      if (result.failures.length > 0) failed++;
      summary.add({ ...result.row, diagnostic: file });
    }
    try {
      diagnostics.sync();
    } catch (error) {
      throw writeFailed(outDir, error);
    }
    // Put in place last: a summary lists only diagnostics already safe on disk.
    summary.commit();
  } catch (error) {
    summary.abort();
    throw error;
  }
  context.note(msg('each.done', { scored: territories.length - invalid, invalid, dir: outDir }));
  return invalid > 0 ? 2 : failed > 0 ? 1 : 0;
}

/** The territories of DIR, in name order: its subfolders and its answers files. */
async function territoriesIn(context: Context, dir: string, outDir: string): Promise<Territory[]> {
  const root = context.resolve(dir);
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([{ file: dir, line: 1, col: 1, message: code === 'ENOENT' ? msg('file.not-found', { file: dir }) : code === 'ENOTDIR' ? msg('each.needs-one-folder') : msg('file.unreadable', { reason: code ?? String(error) }) }]);
  }
  const out = await wouldBe(context.resolve(outDir));
  const territories: Territory[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // A link counts as what it points to (a network may link its territories' folders in).
    const target = entry.isSymbolicLink() ? await stat(context.resolve(path)).catch(() => undefined) : entry;
    if (target?.isDirectory()) {
      territories.push({ source: entry.name, path });
    } else if (target?.isFile() && ANSWERS_EXTENSIONS.includes(extname(entry.name).toLowerCase())) {
      territories.push({ source: entry.name, path });
    }
  }
  // Inside DIR, the diagnostics of one run would be territories (or answers) of the next.
  const realRoot = await realpath(root);
  if (out === realRoot || out.startsWith(`${realRoot}/`)) {
    throw new UsageError(msg('each.out-dir-is-input', { dir: outDir }));
  }
  if (territories.length === 0) throw new InputError([{ file: dir, line: 1, col: 1, message: msg('each.no-territory', { dir }) }]);
  return territories;
}

/** Where a path is or would be, without links: its real folder, even when it does not exist yet. */
async function wouldBe(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await wouldBe(parent), basename(path));
  }
}

/**
 * From how many territories more threads are used by default: each thread first warms up (about
 * half a second of processor time, measured), which 100 territories on two threads did not win
 * back (1.7 s either way) and 1,000 did (10 s instead of 13).
 */
const MANY_TERRITORIES = 200;

/** --jobs: a whole number of threads, 1 to 64. */
function threadsFrom(value: string): number {
  if (!/^\d{1,2}$/.test(value.trim()) || Number(value) < 1 || Number(value) > 64) throw new UsageError(msg('each.bad-jobs', { value }));
  return Number(value);
}

async function printed(context: Context, html: string): Promise<Uint8Array> {
  const { printPdf, requireBrowser } = await import('../../pdf.js');
  return printPdf(html, requireBrowser(context.env));
}

/** A file name not yet used in this run: "val-de-brume.json", then "val-de-brume-2.json". */
function uniqueName(slug: string, extension: string, used: Set<string>): string {
  let name = `${slug}.${extension}`;
  for (let n = 2; used.has(name); n++) name = `${slug}-${n}.${extension}`;
  used.add(name);
  return name;
}

/** The summary's two files, rows appended as territories are scored; the CSV header waits for the first scored territory's columns. */
class SummaryWriter {
  private columns: Columns | undefined;
  private waiting: SummaryRow[] = [];

  constructor(
    private readonly csv: AtomicAppender,
    private readonly jsonl: AtomicAppender,
  ) {}

  add(row: SummaryRow): void {
    this.jsonl.append(jsonLine(row));
    if (!this.columns && row.status === 'scored') {
      this.columns = columnsOf(row);
      this.csv.append(csvHeader(this.columns));
      for (const early of this.waiting) this.csv.append(csvLine(early, this.columns));
      this.waiting = [];
    }
    if (this.columns) this.csv.append(csvLine(row, this.columns));
    else this.waiting.push(row);
  }

  commit(): void {
    if (!this.columns) {
      const columns = { dimensions: [], attributes: [] };
      this.csv.append(csvHeader(columns));
      for (const early of this.waiting) this.csv.append(csvLine(early, columns));
    }
    this.csv.commit();
    this.jsonl.commit();
  }

  abort(): void {
    this.csv.abort();
    this.jsonl.abort();
  }
}
