// Answers to an older version of a questionnaire, read against that version (so its mistakes are
// located in the file as usual), then carried version by version to the one asked for. The older
// versions are the bundled files `questionnaires/<id>@<version>.yaml`.
import { InputError } from '../core/problems.js';
import type { AnswerSet, Questionnaire } from '../core/model.js';
import { msg, type Message } from '../i18n/messages.js';
import { loadAnswers, type RawAnswers } from '../load/answers.js';
import { carryAnswers, carriedSource, unknownOldIds } from '../load/carry-answers.js';
import type { Source } from '../load/source.js';
import { bundledIds, bundledQuestionnaire } from './bundled.js';
import type { Resolve } from './files.js';
import { pushAll } from '../core/arrays.js';

export interface CarriedFile {
  set: AnswerSet;
  raw: RawAnswers;
  from: string;
  toAnswer: string[];
  notCarried: string[];
}

/** The versions from `version` up to `target`, oldest first; undefined when no rules connect them. */
export async function chainTo(target: Questionnaire, version: string, resolve: Resolve): Promise<Questionnaire[] | undefined> {
  const chain = [target];
  const available = await bundledIds();
  while (chain[0]!.version !== version) {
    const previous = chain[0]!.previous;
    // A chain never revisits a version; the bound only guards against rules that loop.
    if (!previous || chain.length > 50 || !available.includes(`${target.id}@${previous.version}`)) return undefined;
    const older = await bundledQuestionnaire(`${target.id}@${previous.version}`, resolve);
    if (older.id !== target.id || older.version !== previous.version) return undefined;
    chain.unshift(older);
  }
  return chain;
}

/**
 * Answers to an older version of `target`, carried to it; undefined when they are not older
 * answers to the same questionnaire that rules can carry (then the usual checks speak).
 */
export async function loadCarried(source: Source, raw: RawAnswers, target: Questionnaire, resolve: Resolve): Promise<CarriedFile | undefined> {
  if (raw.questionnaire.id !== target.id || raw.questionnaire.version === target.version) return undefined;
  const chain = await chainTo(target, raw.questionnaire.version, resolve);
  if (!chain) return undefined;
  loadAnswers(source, chain[0]!);
  let current = raw;
  let toAnswer: string[] = [];
  const notCarried: string[] = [];
  for (let i = 1; i < chain.length; i++) {
    const wrong = unknownOldIds(chain[i - 1]!, chain[i]!);
    if (wrong.length > 0) throw new InputError([source.problem(['questionnaire', 'version'], msg('upgrade.old-id', { id: wrong[0]!, version: chain[i - 1]!.version }))]);
    const step = carryAnswers(current, chain[i]!);
    current = step.raw;
    toAnswer = step.toAnswer;
    pushAll(notCarried, step.notCarried);
  }
  const set = loadAnswers(carriedSource(source, current), target);
  return { set, raw: current, from: raw.questionnaire.version, toAnswer, notCarried };
}

/** What `score` and `migrate` say about a carried file. */
export function carryNotes(carried: CarriedFile, to: string): Message[] {
  const file = carried.set.file;
  return [
    msg('upgrade.scored-on', { file, from: carried.from, to, questions: carried.toAnswer }),
    ...(carried.notCarried.length > 0 ? [msg('upgrade.not-carried', { file, questions: carried.notCarried })] : []),
  ];
}
