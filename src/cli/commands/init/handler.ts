import { msg } from '../../../i18n/messages.js';
import { UsageError } from '../../../core/problems.js';
import { answersTemplate, THIS_FILE } from '../../../template/answers-template.js';
import { DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from '../../bundled.js';
import { exists, writeFileAtomic, writeFailed } from '../../files.js';
import type { Context } from '../../context.js';
import { commandLine } from '../../command-name.js';
import { schemaUrl } from '../../version.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

/** Writes an answers template to FILE (never over an existing file without --force) or stdout. */
export async function run(context: Context, [file]: ArgumentsOf<typeof spec>, options: OptionsOf<typeof spec>): Promise<number> {
  const questionnaire = await resolveQuestionnaire(options.questionnaire ?? DEFAULT_QUESTIONNAIRE, context.resolve);
  const today = context.today();
  const scoreCommand = commandLine(context.commandName, ['score', file ?? THIS_FILE[context.lang]]);
  const text = answersTemplate(questionnaire, context.lang, today, schemaUrl('answers'), scoreCommand);
  if (!file) {
    context.io.stdout.write(text);
    return 0;
  }
  if (!options.force && (await exists(context.resolve(file)))) throw new UsageError(msg('cli.file-exists', { file }));
  try {
    await writeFileAtomic(context.resolve(file), text);
  } catch (error) {
    throw writeFailed(file, error);
  }
  context.note(msg('cli.wrote', { file }));
  return 0;
}
