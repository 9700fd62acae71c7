import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseSource, type Source } from '../src/load/source.js';
import { loadQuestionnaire } from '../src/load/questionnaire.js';
import { loadAnswers } from '../src/load/answers.js';
import type { AnswerSet, Questionnaire } from '../src/core/model.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('fixtures/', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/cocon.js', import.meta.url));

export function sourceOf(file: string, text?: string): Source {
  const result = parseSource(file, text === undefined ? readFileSync(file) : Buffer.from(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.source;
}

export function questionnaireFrom(file: string): Questionnaire {
  return loadQuestionnaire(sourceOf(file));
}

export function answersFrom(file: string, questionnaire: Questionnaire, text?: string): AnswerSet {
  return loadAnswers(sourceOf(file, text), questionnaire);
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, without a terminal: for test/smoke.test.ts; other tests run main() in-process (memory-io.ts). */
export function cocon(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'fr_FR.UTF-8', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
