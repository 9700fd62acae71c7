// The only file-system access cocon has: reading inputs with their problems located, and
// writing outputs atomically (temporary file in the same folder, then rename).
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { access, appendFile, mkdir, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { msg, type Message } from '../i18n/messages.js';
import { InputError, UsageError } from '../core/problems.js';
import type { ParseResult, Source } from '../load/source.js';
import { pushAll } from '../core/arrays.js';

export const ANSWERS_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Where a path typed by the user is on disk (see Context.resolve); messages show it as typed. */
export type Resolve = (path: string) => string;

/**
 * Reads and parses one YAML or JSON file (or, with `parse`, another format); every failure
 * becomes an InputError naming the file as typed.
 */
export async function readSource(file: string, resolve: Resolve, parse?: (file: string, bytes: Uint8Array) => ParseResult): Promise<Source> {
  // Loaded on first use: the YAML library is not needed by every command (`list`, `--help`).
  const { maxBytesFor, parseSource } = await import('../load/source.js');
  const path = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = readBounded(file, path, maxBytesFor(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? msg('file.not-found', { file }) : code === 'EISDIR' ? msg('file.is-directory') : msg('file.unreadable', { reason: code ?? String(error) });
    throw new InputError([{ file, line: 1, col: 1, message }]);
  }
  const result = (parse ?? parseSource)(file, bytes);
  if (!result.ok) throw new InputError(result.problems);
  return result.source;
}

/**
 * The bytes of `path`, refused once more than `limit` have been read: the limit counts what is
 * read, not what `stat` says, so a device (`/dev/zero` has size 0), a FIFO or a file still
 * growing costs at most `limit` bytes. Synchronous: one file after another, a round trip to
 * libuv's thread pool per call cost more than the reading itself (several seconds over 10,000
 * files on a busy machine).
 */
export function readBounded(file: string, path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError([{ file, line: 1, col: 1, message: msg('file.is-directory') }]);
    if (info.isFile() && info.size > limit) throw new InputError([{ file, line: 1, col: 1, message: msg('file.too-large', { size: info.size, limit }) }]);
    // A regular file's size is a good first guess; one byte more tells its end (or its growth).
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, info.isFile() ? info.size + 1 : 64 * 1024));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw new InputError([{ file, line: 1, col: 1, message: msg('file.too-large-read', { limit }) }]);
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      // No text cocon reads holds a NUL byte: a binary file (or /dev/zero, /dev/urandom) is
      // refused where the first one is, without reading further.
      const nul = buffer.subarray(length, length + read).indexOf(0);
      if (nul !== -1) throw new InputError([{ file, ...lineColOfByte(buffer, length + nul), message: msg('file.binary') }]);
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function lineColOfByte(bytes: Uint8Array, index: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < index; i = bytes.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: index - lineStart + 1 };
}

/** Files named on the command line, with folders replaced by their answers files (sorted, not recursive). */
export async function expandInputs(paths: readonly string[], resolve: Resolve): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    // Synchronous, as in readSource: score --each expands one folder per territory, by the thousand.
    try {
      isDirectory = statSync(resolve(path)).isDirectory();
    } catch {
      // Missing: readSource reports it with the file name.
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const entries = readdirSync(resolve(path), { withFileTypes: true })
      .filter((e) => e.isFile() && ANSWERS_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => join(path, e.name))
      .sort();
    if (entries.length === 0) throw new InputError([{ file: path, line: 1, col: 1, message: msg('multi.no-answers-files', { dir: path }) }]);
    pushAll(files, entries);
  }
  return files;
}

/**
 * Writes `content` so that `file` is always either the old version or the new one, never a
 * half-written mix: the text goes to a temporary file in the same folder, then replaces `file`
 * in one rename. A symbolic link is written through (its target is replaced, the link stays),
 * and a file that already exists keeps its permissions. `content` may come in pieces (a report
 * rendered as it is written), each written as it comes.
 *
 * Our own code rather than the write-file-atomic package: that one removes its temporary on exit
 * through signal-exit, but a SIGKILL or a power cut still leaves it behind for good. Here the
 * temporary is named after the process (`.NAME.cocon-PID.tmp`), so any later write in that
 * folder can tell a dead run's leftovers from a live one's and removes them.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>): Promise<void> {
  const target = await writeTarget(file);
  const folder = dirname(target);
  await removeStaleTemporaries(folder);
  const existing = await stat(target).catch(() => undefined);
  refuseUnsafe(existing);
  const temporary = join(folder, `.${basename(target)}.cocon-${process.pid}.tmp`);
  const mode = existing ? existing.mode & 0o7777 : undefined;
  try {
    // 0o666 lets the umask decide for a new file, as any editor would.
    const handle = await open(temporary, 'w', 0o666);
    try {
      if (mode !== undefined) await handle.chmod(mode);
      if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content, 'utf8');
      // A report written as it is rendered: never whole in memory.
      else for (const piece of content) await handle.write(piece, null, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * An output that is not a regular file: renaming over it would replace a device (`/dev/null`
 * for the whole machine, when run as root), a FIFO or a socket with a plain file.
 */
export class UnsafeOutput extends Error {
  constructor(readonly kind: 'device' | 'fifo' | 'socket') {
    super(`not a regular file: ${kind}`);
    this.name = 'UnsafeOutput';
  }
}

/** What is at a path to be written, when it is neither missing, nor a regular file, nor a folder (refused elsewhere). */
function unsafeKind(info: Stats | undefined): UnsafeOutput['kind'] | undefined {
  if (!info || info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return 'device';
}

function refuseUnsafe(info: Stats | undefined): void {
  const kind = unsafeKind(info);
  if (kind) throw new UnsafeOutput(kind);
}

/** A write that failed, said as the person's to fix (a folder, a permission, a device), naming the file as typed. */
export function writeFailed(file: string, error: unknown): UsageError {
  if (error instanceof UnsafeOutput) return new UsageError(msg('write.not-regular', { file, kind: error.kind }));
  return new UsageError(msg('cli.write-failed', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
}

/** Many files written into one folder, each replaced atomically, made durable together by `sync`. */
export interface FolderWriter {
  write(name: string, content: string | Uint8Array): void;
  sync(): void;
}

/**
 * For score --each: each file replaced as writeFileAtomic does (never half-written, links written
 * through, permissions kept), with synchronous calls (a thread-pool round trip per call cost more
 * than the writing, hundreds of times over), and not fsynced one by one: waiting for the disk
 * after every file took as long as scoring the territory; `sync()` flushes them all at once,
 * before the summary that lists them is put in place. The folder is resolved once, not per file.
 */
export function openFolderWriter(folder: string): FolderWriter {
  const real = writeTargetSync(folder);
  removeStaleTemporariesSync(real);
  const written: string[] = [];
  return {
    write: (name, content) => {
      const path = join(real, name);
      let existing: Stats | undefined;
      try {
        existing = lstatSync(path);
      } catch {
        existing = undefined;
      }
      // Only a name already there can be a link to follow or a file whose permissions to keep.
      const link = existing?.isSymbolicLink() === true;
      const target = link ? writeTargetSync(path) : path;
      replaceSync(target, content, link ? modeOf(target) : existing ? existing.mode & 0o7777 : undefined);
      written.push(target);
    },
    sync: () => {
      for (const file of written) {
        const fd = openSync(file, 'r+');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      }
      syncFolder(real);
    },
  };
}

function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** `target` replaced by `content` through a temporary of this process, in one rename. */
function replaceSync(target: string, content: string | Uint8Array, mode: number | undefined): void {
  refuseUnsafe(statOrUndefined(target));
  const temporary = join(dirname(target), `.${basename(target)}.cocon-${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w', 0o666);
    try {
      if (mode !== undefined) fchmodSync(fd, mode);
      writeFileSync(fd, content, 'utf8');
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already gone.
    }
    throw error;
  }
}

/** The renames themselves made durable; a folder cannot be opened for that on every system (Windows). */
function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Not supported for folders here.
  } finally {
    closeSync(fd);
  }
}

function removeStaleTemporariesSync(folder: string): void {
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Removed meanwhile.
    }
  }
}

function writeTargetSync(file: string, depth = 0): string {
  try {
    return realpathSync(file);
  } catch {
    // Missing, or a link to a file not yet created.
  }
  let link: string | undefined;
  try {
    link = depth < 40 ? readlinkSync(file) : undefined;
  } catch {
    link = undefined;
  }
  if (link !== undefined) return writeTargetSync(resolve(dirname(file), link), depth + 1);
  try {
    return join(realpathSync(dirname(file)), basename(file));
  } catch {
    return resolve(file);
  }
}

/** A file written piece by piece as the work goes, put in place only once complete (as writeFileAtomic does). */
export interface AtomicAppender {
  append(text: string): void;
  commit(): void;
  abort(): void;
}

/** Synchronous like openFolderWriter: a row appended per territory, hundreds of them. */
export function openAtomicAppender(file: string): AtomicAppender {
  const target = writeTargetSync(file);
  const folder = dirname(target);
  removeStaleTemporariesSync(folder);
  refuseUnsafe(statOrUndefined(target));
  const temporary = join(folder, `.${basename(target)}.cocon-${process.pid}.tmp`);
  const fd = openSync(temporary, 'w', 0o666);
  let isOpen = true;
  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    closeSync(fd);
  };
  return {
    append: (text) => {
      writeFileSync(fd, text, 'utf8');
    },
    commit: () => {
      fsyncSync(fd);
      close();
      // Checked again: the summary is put in place at the end of a long run.
      refuseUnsafe(statOrUndefined(target));
      renameSync(temporary, target);
    },
    abort: () => {
      try {
        close();
        unlinkSync(temporary);
      } catch {
        // Already gone.
      }
    },
  };
}

const TEMPORARY = /^\..+\.cocon-(\d+)\.tmp$/;
const swept = new Set<string>();

/** Removes the temporaries of runs that were killed mid-write; once per folder and process. */
async function removeStaleTemporaries(folder: string): Promise<void> {
  if (swept.has(folder)) return;
  swept.add(folder);
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The file a write to `file` really changes, as an absolute path without links: a symbolic
 * link's target (followed to the end, even to a file not yet created), in its real folder.
 */
async function writeTarget(file: string, depth = 0): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    // Missing, or a link to a file not yet created.
  }
  const link = depth < 40 ? await readlink(file).catch(() => undefined) : undefined;
  if (link !== undefined) return writeTarget(resolve(dirname(file), link), depth + 1);
  const folder = await realpath(dirname(file)).catch(() => undefined);
  return folder ? join(folder, basename(file)) : resolve(file);
}

/** Why `file` cannot be written, found before any work is done (a whole interview, say); undefined when it can. */
export async function writeProblem(file: string, resolve: Resolve): Promise<Message | undefined> {
  const target = await writeTarget(resolve(file));
  const folder = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) return msg('write.is-directory', { file });
  const kind = unsafeKind(existing);
  if (kind) return msg('write.not-regular', { file, kind });
  const folderInfo = await stat(folder).catch((error: NodeJS.ErrnoException) => error.code);
  if (folderInfo === 'ENOENT' || folderInfo === 'ENOTDIR' || (typeof folderInfo === 'object' && !folderInfo.isDirectory())) return msg('write.no-folder', { file, folder });
  // Not even visible (EACCES) or not writable: either way, closed to this user.
  if (typeof folderInfo !== 'object' || !(await access(folder, constants.W_OK).then(() => true, () => false))) return msg('write.folder-read-only', { file, folder });
  if (existing && !(await access(target, constants.W_OK).then(() => true, () => false))) return msg('write.file-read-only', { file });
  return undefined;
}

/**
 * The first of `candidates` that names the same file as `file`: the same path spelt differently,
 * a link to it, a hard link. Paths not yet created are compared by where they would be.
 */
export async function findSameFile(file: string, candidates: readonly string[], resolve: Resolve): Promise<string | undefined> {
  const info = await stat(resolve(file)).catch(() => undefined);
  const target = await writeTarget(resolve(file));
  for (const candidate of candidates) {
    // Synchronous, as in readSource: thousands of inputs, one thread-pool round trip each, cost seconds.
    const other = statOrUndefined(resolve(candidate));
    if (info && other ? info.dev === other.dev && info.ino === other.ino : !info && !other && (await writeTarget(resolve(candidate))) === target) return candidate;
  }
  return undefined;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}


/** Adds text at the end of a file another program owns (GitHub's job summary): never replaced, only appended to. */
export async function appendText(file: string, content: string): Promise<void> {
  await appendFile(file, content, 'utf8');
}

export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isDirectory(), () => false);
}

/**
 * A history folder: one JSON diagnostic per date, named `YYYY-MM-DD.json`, so that a plain sort
 * is the order of time and a repository's diff shows one file per scoring.
 */
export const HISTORY_FILE = /^\d{4}-\d{2}-\d{2}(-\d+)?\.json$/;

/** The history files of `dir` (as typed, joined), oldest first; none when the folder is missing. */
export async function historyFiles(dir: string, resolve: Resolve): Promise<string[]> {
  const names = await readdir(resolve(dir)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw new InputError([{ file: dir, line: 1, col: 1, message: msg('file.unreadable', { reason: error.code ?? String(error) }) }]);
  });
  return names.filter((name) => HISTORY_FILE.test(name)).sort().map((name) => join(dir, name));
}

/** Creates a folder (and its parents) to write into; a failure is the user's to fix, said so. */
export async function ensureFolder(dir: string, resolve: Resolve): Promise<void> {
  await mkdir(resolve(dir), { recursive: true });
}
