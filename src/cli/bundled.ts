// The questionnaires shipped in questionnaires/, and how --questionnaire PATH|ID is resolved.
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { msg } from '../i18n/messages.js';
import { UsageError } from '../core/problems.js';
import type { Questionnaire } from '../core/model.js';
import type { Text } from '../core/text.js';
import { exists, readSource, type Resolve } from './files.js';
import { PACKAGE_ROOT } from './paths.js';

export const BUNDLED_DIR = join(PACKAGE_ROOT, 'questionnaires');
export const DEFAULT_QUESTIONNAIRE = 'coconstruction-territoriale';

// Synchronous reads here: a command's first asynchronous file call starts libuv's thread pool,
// which cost `cocon list` more than reading the few files it needs.
export async function bundledFiles(): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(BUNDLED_DIR);
  } catch {
    names = [];
  }
  return names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort().map((n) => join(BUNDLED_DIR, n));
}

export async function loadQuestionnaireFile(file: string, resolve: Resolve): Promise<Questionnaire> {
  // Loaded on demand: with a precompiled bundled questionnaire, a run never needs its validator.
  const { loadQuestionnaire } = await import('../load/questionnaire.js');
  return loadQuestionnaire(await readSource(file, resolve));
}

/** A path to a questionnaire file, or the id of a bundled one: what --questionnaire names on the command line. */
export async function resolveQuestionnaire(ref: string, resolve: Resolve): Promise<Questionnaire> {
  if (await exists(resolve(ref))) return loadQuestionnaireFile(ref, resolve);
  return bundledQuestionnaire(ref, resolve);
}

/**
 * The bundled questionnaire with this id (its file is named after its id). An id read from an
 * answers file goes here and never to the file system as a path: `/dev/zero` or `/etc/passwd`
 * written as an id must not be opened.
 */
export async function bundledQuestionnaire(id: string, resolve: Resolve): Promise<Questionnaire> {
  // Once per process: score --each asks for it once per territory, hundreds of times.
  let loaded = loadedBundled.get(id);
  if (!loaded) {
    loaded = loadBundled(id, resolve);
    loadedBundled.set(id, loaded);
    loaded.catch(() => loadedBundled.delete(id));
  }
  return loaded;
}

const loadedBundled = new Map<string, Promise<Questionnaire>>();

async function loadBundled(id: string, resolve: Resolve): Promise<Questionnaire> {
  for (const file of await bundledFiles()) {
    if (bundledIdOf(file) === id) return loadBundledFile(file, resolve);
  }
  throw new UsageError(msg('questionnaire.not-found', { ref: id, available: await bundledIds() }));
}

/**
 * The bundled id for the questionnaire an answers file names: `id@version` when that older
 * version is shipped (so old answers are checked against the questions they answered), else `id`.
 */
export async function bundledIdFor(id: string, version: string): Promise<string> {
  const pinned = `${id}@${version}`;
  return (await bundledIds()).includes(pinned) ? pinned : id;
}

export async function bundledIds(): Promise<string[]> {
  return (await bundledFiles()).map(bundledIdOf);
}

/** A bundled questionnaire's id is its file's name: `<id>.yaml`. */
function bundledIdOf(file: string): string {
  return basename(file).replace(/\.ya?ml$/, '');
}

/** A file of questionnaires/, from its precompiled copy while that copy still matches it. */
export async function loadBundledFile(file: string, resolve: Resolve): Promise<Questionnaire> {
  return (await precompiled(file, bundledIdOf(file))) ?? loadQuestionnaireFile(file, resolve);
}

/**
 * The build stores each bundled questionnaire already checked, as JSON: parsing ~100 KB of YAML
 * with a cold parser costs more than the rest of a run. Used only while it matches the YAML.
 */
async function precompiled(file: string, id: string): Promise<Questionnaire | undefined> {
  try {
    return builtFrom(file) ? (readBuilt(`${id}.json`) as { questionnaire: Questionnaire }).questionnaire : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether dist/questionnaires/ was built from this file as it is now: the build keeps a copy of
 * the YAML it read, compared byte for byte (loading node:crypto to hash the file took longer than
 * reading the copy: 7 ms against 2).
 */
function builtFrom(file: string): boolean {
  try {
    return readFileSync(file).equals(readFileSync(join(PACKAGE_ROOT, 'dist', 'questionnaires', basename(file))));
  } catch {
    return false;
  }
}

/** What `cocon list` shows of a questionnaire. */
export interface QuestionnaireSummary {
  id: string;
  version: string;
  title: Text;
  questions: number;
}

/**
 * A file of questionnaires/ as `list` shows it: from the build's index (a few hundred bytes, where
 * each precompiled questionnaire is 180 KB to read and parse) while the index matches the YAML.
 */
export async function bundledSummary(file: string, resolve: Resolve): Promise<QuestionnaireSummary> {
  const summary = builtIndex()[bundledIdOf(file)];
  if (summary && builtFrom(file)) return summary;
  const q = await loadBundledFile(file, resolve);
  return { id: q.id, version: q.version, title: q.title, questions: q.questions.length };
}

let index: Record<string, QuestionnaireSummary | undefined> | undefined;

/** The build's index, read once per run (`list` asks for each questionnaire); empty when missing. */
function builtIndex(): Record<string, QuestionnaireSummary | undefined> {
  if (index === undefined) {
    try {
      index = readBuilt('index.json') as Record<string, QuestionnaireSummary | undefined>;
    } catch {
      index = {};
    }
  }
  return index;
}

/**
 * A JSON file of dist/questionnaires/. The build writes them in ASCII, which Latin-1 decodes as
 * UTF-8 would, in half the time.
 */
function readBuilt(name: string): unknown {
  const bytes = readFileSync(join(PACKAGE_ROOT, 'dist', 'questionnaires', name));
  return JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
}

