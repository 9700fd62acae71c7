import { relative, dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { localDate } from '../../core/local-date.js';
import { msg } from '../../i18n/messages.js';
import { UsageError } from '../../core/problems.js';
import { answersTemplate } from '../../template/answers-template.js';
import { DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from '../bundled.js';
import { exists, writeFileAtomic } from '../files.js';
import type { Context } from '../context.js';

const SCHEMA_FILE = join(PACKAGE_ROOT, 'schemas', 'answers.schema.json');

/** Writes an answers template to FILE (never over an existing file without --force) or stdout. */
export async function initCommand(context: Context, file: string | undefined, options: { questionnaire?: string; force?: boolean }): Promise<number> {
  const questionnaire = await resolveQuestionnaire(options.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const today = localDate(context.io.now?.() ?? new Date());
  const base = file ? dirname(join(context.io.cwd ?? '.', file)) : (context.io.cwd ?? '.');
  const schemaPath = relative(base, SCHEMA_FILE).split('\\').join('/');
  const text = answersTemplate(questionnaire, context.lang, today, schemaPath);
  if (!file) {
    context.io.stdout.write(text);
    return 0;
  }
  if (!options.force && (await exists(file))) throw new UsageError(msg('cli.file-exists', { file }));
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    throw new UsageError(msg('cli.write-failed', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  context.note(msg('cli.wrote', { file }));
  return 0;
}
