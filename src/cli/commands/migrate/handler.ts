// cocon migrate: an answers file to an older version of its questionnaire, carried to the
// current version and written to a new file (the original is replaced only with --in-place).
import { basename, dirname, extname, join } from 'node:path';
import { msg } from '../../../i18n/messages.js';
import { InputError, UsageError } from '../../../core/problems.js';
import { checkAnswersShape } from '../../../load/answers.js';
import { answersToYaml } from '../../../template/answers-yaml.js';
import { bundledQuestionnaire, resolveQuestionnaire } from '../../bundled.js';
import { carryNotes, loadCarried } from '../../carry.js';
import { exists, readSource, writeFileAtomic, writeFailed } from '../../files.js';
import type { Context } from '../../context.js';
import { commandLine } from '../../command-name.js';
import { schemaUrl } from '../../version.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type MigrateOptions = OptionsOf<typeof spec>;

export async function run(context: Context, [file]: ArgumentsOf<typeof spec>, options: MigrateOptions): Promise<number> {
  if (options.inPlace && options.out !== undefined) throw new UsageError(msg('migrate.out-or-in-place'));
  const source = await readSource(file, context.resolve);
  const raw = checkAnswersShape(source);
  // An id read from the file names a bundled questionnaire, never a path.
  const questionnaire = await (options.questionnaire !== undefined ? resolveQuestionnaire(options.questionnaire, context.resolve) : bundledQuestionnaire(raw.questionnaire.id, context.resolve)).catch((error: unknown) => {
    if (options.questionnaire === undefined && error instanceof UsageError) throw new InputError([source.problem(['questionnaire', 'id'], error.detail)]);
    throw error;
  });
  if (raw.questionnaire.id === questionnaire.id && raw.questionnaire.version === questionnaire.version) {
    context.note(msg('upgrade.up-to-date', { file, version: questionnaire.version }));
    return 0;
  }
  const carried = await loadCarried(source, raw, questionnaire, context.resolve);
  if (!carried) {
    throw new InputError([source.problem(['questionnaire', 'version'], msg('upgrade.no-path', { id: questionnaire.id, found: raw.questionnaire.version, expected: questionnaire.version }))]);
  }
  const out = options.inPlace ? file : options.out ?? join(dirname(file), `${basename(file, extname(file))}-${questionnaire.version}${extname(file) || '.yaml'}`);
  if (!options.inPlace && !options.force && (await exists(context.resolve(out)))) throw new UsageError(msg('cli.file-exists', { file: out }));
  // JSON stays JSON; anything else is written as the YAML `cocon run` writes.
  const text = extname(out).toLowerCase() === '.json'
    ? `${JSON.stringify(carried.raw, null, 2)}\n`
    : answersToYaml(carried.set, questionnaire, schemaUrl('answers'));
  try {
    await writeFileAtomic(context.resolve(out), text);
  } catch (error) {
    throw writeFailed(out, error);
  }
  context.note(msg('cli.wrote', { file: out }));
  for (const note of carryNotes({ ...carried, set: { ...carried.set, file: out } }, questionnaire.version)) context.note(note);
  if (carried.toAnswer.length > 0) {
    context.note(msg('upgrade.resume-with', { command: commandLine(context.commandName, ['run', '--answers', out, '--resume', ...(options.questionnaire ? ['--questionnaire', options.questionnaire] : [])]) }));
  }
  return 0;
}
