// cocon score: answers files → diagnostic → report, then the thresholds the user asked for.
import { msg, type Message } from '../../i18n/messages.js';
import { InputError, UsageError, type Problem } from '../../core/problems.js';
import type { AnswerSet, Questionnaire } from '../../core/model.js';
import { checkAnswersShape, loadAnswers } from '../../load/answers.js';
import { diagnose, type Diagnostic } from '../../score/diagnose.js';
import { localize } from '../../core/text.js';
import type { Source } from '../../load/source.js';
import { resolveQuestionnaire } from '../bundled.js';
import { expandInputs, readSource } from '../files.js';
import type { Context } from '../context.js';
import { emitReport, parseFormat, type ReportOptions } from './output.js';

export interface ScoreOptions extends ReportOptions {
  questionnaire?: string;
  failUnder?: string;
  minLevel?: string[];
  minCoverage?: string;
}

interface Gates {
  failUnder?: number;
  minCoverage?: number;
  minLevels: { scope: string; level: string }[];
}

export async function scoreCommand(context: Context, inputs: string[], options: ScoreOptions): Promise<number> {
  const format = parseFormat(context, options);
  const gates = parseGates(options);
  const { questionnaire, sets } = await loadAnswerSets(inputs, options.questionnaire);
  checkLevelGates(gates, questionnaire);
  const diagnostic = diagnose(questionnaire, sets);
  await emitReport(context, diagnostic, format, options.out);
  const failures = evaluateGates(context, diagnostic, gates);
  for (const failure of failures) context.note(failure);
  return failures.length > 0 ? 1 : 0;
}

/** Reads every answers file, finds their one questionnaire, and checks each file against it. */
export async function loadAnswerSets(inputs: string[], questionnaireRef?: string): Promise<{ questionnaire: Questionnaire; sets: AnswerSet[] }> {
  const files = await expandInputs(inputs);
  const problems: Problem[] = [];
  const shaped: { source: Source; id: string; version: string }[] = [];
  for (const file of files) {
    try {
      const source = await readSource(file);
      const raw = checkAnswersShape(source);
      shaped.push({ source, id: raw.questionnaire.id, version: raw.questionnaire.version });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const first = shaped[0]!;
  for (const other of shaped.slice(1)) {
    if (other.id !== first.id || other.version !== first.version) {
      throw new InputError([
        other.source.problem(['questionnaire'], msg('multi.mixed-questionnaires', { first: `${first.id}@${first.version}`, other: `${other.id}@${other.version}`, file: first.source.file })),
      ]);
    }
  }
  const questionnaire = await resolveQuestionnaire(questionnaireRef ?? first.id).catch((error: unknown) => {
    // Without --questionnaire the id comes from the answers file: point there.
    if (questionnaireRef === undefined && error instanceof UsageError) {
      throw new InputError([first.source.problem(['questionnaire', 'id'], error.detail)]);
    }
    throw error;
  });
  const sets: AnswerSet[] = [];
  for (const { source } of shaped) {
    try {
      sets.push(loadAnswers(source, questionnaire));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { questionnaire, sets };
}

function parseGates(options: ScoreOptions): Gates {
  const percent = (option: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(msg('cli.bad-number', { option, value }));
    return n;
  };
  const minLevels = (options.minLevel ?? []).map((spec) => {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(spec);
    if (!match) throw new UsageError(msg('cli.bad-min-level', { value: spec }));
    return { scope: match[1]!, level: match[2]! };
  });
  return { failUnder: percent('--fail-under', options.failUnder), minCoverage: percent('--min-coverage', options.minCoverage), minLevels };
}

function checkLevelGates(gates: Gates, questionnaire: Questionnaire): void {
  const dimensions = questionnaire.dimensions.map((d) => d.id);
  const levels = questionnaire.levels.map((l) => l.id);
  for (const gate of gates.minLevels) {
    if (gate.scope !== 'overall' && !dimensions.includes(gate.scope)) throw new UsageError(msg('cli.min-level-unknown-dimension', { id: gate.scope, allowed: dimensions }));
    if (!levels.includes(gate.level)) throw new UsageError(msg('cli.min-level-unknown-level', { id: gate.level, allowed: levels }));
  }
}

function evaluateGates(context: Context, diagnostic: Diagnostic, gates: Gates): Message[] {
  const failures: Message[] = [];
  const score = diagnostic.overall.score;
  if (gates.failUnder !== undefined && (score === null || score < gates.failUnder)) {
    failures.push(msg('gate.score', { score: score === null ? '—' : String(score), threshold: gates.failUnder }));
  }
  if (gates.minCoverage !== undefined && diagnostic.overall.coverage < gates.minCoverage) {
    failures.push(msg('gate.coverage', { coverage: diagnostic.overall.coverage, threshold: gates.minCoverage }));
  }
  const rank = (id: string | null) => (id === null ? -1 : diagnostic.levels.findIndex((l) => l.id === id));
  const label = (id: string | null) => (id === null ? '—' : localize(diagnostic.levels.find((l) => l.id === id)?.label, context.lang));
  for (const gate of gates.minLevels) {
    const reached = gate.scope === 'overall' ? diagnostic.overall.level : diagnostic.dimensions.find((d) => d.id === gate.scope)!.level;
    if (rank(reached) < rank(gate.level)) {
      const scopeLabel = gate.scope === 'overall' ? 'overall' : localize(diagnostic.dimensions.find((d) => d.id === gate.scope)!.label, context.lang);
      failures.push(msg('gate.level', { scope: scopeLabel, level: label(reached), required: label(gate.level) }));
    }
  }
  return failures;
}
