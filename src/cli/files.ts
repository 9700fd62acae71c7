// The only file-system access cocon has: reading inputs with their problems located, and
// writing outputs atomically (temporary file in the same folder, then rename).
import { readFile, readdir, rename, stat, unlink, open } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { msg } from '../i18n/messages.js';
import { InputError } from '../core/problems.js';
import { MAX_FILE_BYTES, parseSource, type Source } from '../load/source.js';

export const ANSWERS_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Reads and parses one YAML or JSON file; every failure becomes an InputError naming the file. */
export async function readSource(file: string): Promise<Source> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError([{ file, line: 1, col: 1, message: msg('file.is-directory') }]);
    if (info.size > MAX_FILE_BYTES) throw new InputError([{ file, line: 1, col: 1, message: msg('file.too-large', { size: info.size, limit: MAX_FILE_BYTES }) }]);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? msg('file.not-found', { file }) : msg('file.unreadable', { reason: code ?? String(error) });
    throw new InputError([{ file, line: 1, col: 1, message }]);
  }
  const result = parseSource(file, bytes);
  if (!result.ok) throw new InputError(result.problems);
  return result.source;
}

/** Files named on the command line, with folders replaced by their answers files (sorted, not recursive). */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      // Missing: readSource reports it with the file name.
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && ANSWERS_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => join(path, e.name))
      .sort();
    if (entries.length === 0) throw new InputError([{ file: path, line: 1, col: 1, message: msg('multi.no-answers-files', { dir: path }) }]);
    files.push(...entries);
  }
  return files;
}

/**
 * Writes `content` so that `file` is always either the old version or the new one, never a
 * half-written mix: a crash or Ctrl-C mid-write leaves only a stray temporary file.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
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

