// cocon form: the questionnaire as one self-contained HTML page (built by scripts/build.mjs into
// dist/form/), to fill in a browser with nothing to install and hand back as an answers file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { msg } from '../../../i18n/messages.js';
import { UsageError } from '../../../core/problems.js';
import { formPage } from '../../../form/page.js';
import { DEFAULT_QUESTIONNAIRE, resolveQuestionnaire } from '../../bundled.js';
import type { Context } from '../../context.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { schemaUrl, VERSION } from '../../version.js';
import { refuseOverwritingInputs, writeOutput } from '../output.js';
import { questionnaireFile } from '../../answer-sets.js';
import type { ArgumentsOf, OptionsOf } from '../../command-spec.js';
import type { spec } from './spec.js';

export type FormOptions = OptionsOf<typeof spec>;

export async function run(context: Context, _args: ArgumentsOf<typeof spec>, options: FormOptions): Promise<number> {
  await refuseOverwritingInputs(options.out, await questionnaireFile(options.questionnaire, context.resolve), context.resolve);
  const questionnaire = await resolveQuestionnaire(options.questionnaire ?? DEFAULT_QUESTIONNAIRE, context.resolve);
  const [script, style] = await Promise.all([asset('form.js'), asset('form.css')]);
  // Random for each form made: its state in the browser is its own (src/form/page-ids.ts).
  // Web Crypto, global in Node: a dynamic import of node:crypto has no loader in the bundle run from its code cache.
  const storage = { id: randomHex(12), secret: randomHex(32) };
  const html = formPage({ questionnaire, lang: context.lang, schemaUrl: schemaUrl('answers'), version: VERSION, storage }, { script, style });
  if (options.out === undefined) {
    context.io.stdout.write(html);
    return 0;
  }
  await writeOutput(options.out, html, context.resolve);
  context.note(msg('cli.wrote', { file: options.out }));
  return 0;
}

function randomHex(bytes: number): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}

async function asset(name: string): Promise<string> {
  const file = join(PACKAGE_ROOT, 'dist', 'form', name);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(msg('form.assets-missing', { file }));
  }
}
