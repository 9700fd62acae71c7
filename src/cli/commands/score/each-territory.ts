// One territory of `score --each`, from its folder to the text of its diagnostic: what a worker
// thread does (each-workers.ts), or the command itself when it runs on one thread. Everything in
// and out is plain data, so that it crosses between threads as it is; files are written by the
// command, in the territories' order.
import type { Message } from '../../../i18n/messages.js';
import { InputError, InternalError, UsageError, type Problem } from '../../../core/problems.js';
import type { Lang } from '../../../core/text.js';
import { Diagnosis } from '../../../score/diagnose.js';
import { checkLevelGates, evaluateGates, hasGates, type Gates } from '../../../score/gates.js';
import { scoredRow, type SummaryRow } from '../../../network/summary.js';
import { loadRenderer, type Format } from '../../../render/registry.js';
import type { Renderer } from '../../../render/renderer.js';
import type { Diagnostic } from '../../../diagnostic/contract.js';
import { safeJson } from '../../../core/json-text.js';
import { streamAnswerSets } from '../../answer-sets.js';
import { resolveFrom } from '../../context.js';
import { checkContract } from '../output.js';

/** What every territory of a run is scored with. */
export interface EachSettings {
  cwd: string | undefined;
  lang: Lang;
  width: number;
  format: Format<'diagnostic'>;
  questionnaire: string | undefined;
  minGroupSize: number | undefined;
  attribute: boolean;
  gates: Gates;
}

export interface TerritoryJob {
  index: number;
  /** As named in DIR: a folder, or an answers file. */
  source: string;
  /** As typed, so that messages name files the way the person wrote them. */
  path: string;
}

export type TerritoryResult =
  | { index: number; kind: 'invalid'; notes: Message[]; problems: Problem[] }
  | { index: number; kind: 'scored'; notes: Message[]; questionnaire: string; text: string; failures: Message[]; row: SummaryRow }
  | { index: number; kind: 'error'; error: ThrownError };

/** An exception as plain data, to be thrown again on the command's side (see rethrow). */
export type ThrownError =
  | { name: 'InputError'; problems: Problem[] }
  | { name: 'UsageError' | 'InternalError'; detail: Message }
  | { name: 'Error'; message: string; stack: string | undefined };

export function scorer(settings: EachSettings): (job: TerritoryJob) => Promise<TerritoryResult> {
  const resolve = (path: string) => resolveFrom(settings.cwd, path);
  const rendering = loadRenderer('diagnostic', settings.format);
  return async (job) => {
    try {
      return await scoreTerritory(job, settings, resolve, await rendering);
    } catch (error) {
      return { index: job.index, kind: 'error', error: thrown(error) };
    }
  };
}

async function scoreTerritory(job: TerritoryJob, settings: EachSettings, resolve: (path: string) => string, render: Renderer<Diagnostic>): Promise<TerritoryResult> {
  const { minGroupSize, attribute, gates } = settings;
  let diagnosis: Diagnosis | undefined;
  let loaded;
  try {
    loaded = await streamAnswerSets([job.path], settings.questionnaire, resolve, (set, against) => {
      diagnosis ??= new Diagnosis(against, { minGroupSize, attribute });
      diagnosis.add(set);
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { index: job.index, kind: 'invalid', notes: [], problems: error.problems };
  }
  checkLevelGates(gates, loaded.questionnaire);
  const diagnostic = diagnosis!.finish();
  await checkContract('diagnostic', diagnostic);
  // JSON on one line: a network's files are read by machines (and `cocon report` renders any of them for a person).
  const text = settings.format === 'json' ? `${safeJson(diagnostic, 0)}\n` : render(diagnostic, { lang: settings.lang, color: false, width: settings.width });
  const gated = hasGates(gates);
  const failures = gated ? evaluateGates(diagnostic, gates, settings.lang) : [];
  return {
    index: job.index,
    kind: 'scored',
    notes: loaded.notes,
    questionnaire: `${diagnostic.questionnaire.id}@${diagnostic.questionnaire.version}`,
    text,
    failures,
    // The file's name is chosen by the command, in the territories' order.
    row: scoredRow(job.source, diagnostic, null, gated ? (failures.length > 0 ? 'fail' : 'pass') : null),
  };
}

function thrown(error: unknown): ThrownError {
  if (error instanceof InputError) return { name: 'InputError', problems: error.problems };
  if (error instanceof UsageError) return { name: 'UsageError', detail: error.detail };
  if (error instanceof InternalError) return { name: 'InternalError', detail: error.detail };
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: 'Error', message: e.message, stack: e.stack };
}

/** The exception a territory's scoring threw, thrown again where the command can report it. */
export function rethrow(error: ThrownError): never {
  switch (error.name) {
    case 'InputError':
      throw new InputError(error.problems);
    case 'UsageError':
      throw new UsageError(error.detail);
    case 'InternalError':
      throw new InternalError(error.detail);
    default: {
      const again = new Error(error.message);
      again.stack = error.stack;
      throw again;
    }
  }
}
