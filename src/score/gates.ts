// CI thresholds (--fail-under, --min-level, --min-coverage): read from their option strings,
// checked against the questionnaire, then evaluated on a diagnostic, on the figures the report
// shows (--gate-on point), or on the pessimistic or optimistic end of their range. The figure is
// compared as shown (one decimal), the threshold as typed: --fail-under 50.04 fails a score of 50.
// A threshold on a figure that rests on too little coverage fails, saying so. Pure; the CLI prints.
import { msg, type Message } from '../i18n/messages.js';
import { UsageError } from '../core/problems.js';
import { shownAtLeast } from '../core/compare.js';
import { localize, type Lang } from '../core/text.js';
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';

export const GATE_ESTIMATES = ['pessimistic', 'point', 'optimistic'] as const;
export type GateEstimate = (typeof GATE_ESTIMATES)[number];

export interface Gates {
  failUnder?: number;
  minCoverage?: number;
  minLevels: { scope: string; level: string }[];
  estimate: GateEstimate;
}

export interface GateOptions {
  failUnder?: string;
  minLevel?: string[];
  minCoverage?: string;
  gateOn?: string;
}

export function parseGates(options: GateOptions): Gates {
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
  const estimate = options.gateOn ?? 'point';
  if (!(GATE_ESTIMATES as readonly string[]).includes(estimate)) throw new UsageError(msg('cli.bad-gate-on', { value: estimate }));
  return { failUnder: percent('--fail-under', options.failUnder), minCoverage: percent('--min-coverage', options.minCoverage), minLevels, estimate: estimate as GateEstimate };
}

/** Dimensions and levels named by --min-level must exist, before any scoring is done. */
/** Whether any threshold was asked for (a summary's gate column is empty otherwise). */
export function hasGates(gates: Gates): boolean {
  return gates.failUnder !== undefined || gates.minLevels.length > 0 || gates.minCoverage !== undefined;
}

export function checkLevelGates(gates: Gates, questionnaire: Questionnaire): void {
  const dimensions = questionnaire.dimensions.map((d) => d.id);
  const levels = questionnaire.levels.map((l) => l.id);
  for (const gate of gates.minLevels) {
    if (gate.scope !== 'overall' && !dimensions.includes(gate.scope)) throw new UsageError(msg('cli.min-level-unknown-dimension', { id: gate.scope, allowed: dimensions }));
    if (!levels.includes(gate.level)) throw new UsageError(msg('cli.min-level-unknown-level', { id: gate.level, allowed: levels }));
  }
}

type Figure = Pick<Diagnostic['overall'], 'score' | 'level' | 'coverage' | 'range' | 'certainty'>;

/** One message per threshold not met; none when every gate holds. */
export function evaluateGates(diagnostic: Diagnostic, gates: Gates, lang: Lang): Message[] {
  const failures: Message[] = [];
  const minimum = diagnostic.minCoverage ?? 0;
  const insufficient = (figure: Figure) => figure.certainty?.status === 'insufficient-data';
  const scoreOf = (figure: Figure) => (gates.estimate === 'pessimistic' ? figure.range?.low ?? null : gates.estimate === 'optimistic' ? figure.range?.high ?? null : figure.score);
  const levelOf = (figure: Figure) => (gates.estimate === 'pessimistic' ? figure.certainty?.low ?? figure.level : gates.estimate === 'optimistic' ? figure.certainty?.high ?? figure.level : figure.level);
  const o = diagnostic.overall;
  if (gates.failUnder !== undefined) {
    const score = scoreOf(o);
    if (insufficient(o)) failures.push(msg('gate.insufficient', { scope: 'overall', coverage: o.coverage, minimum, option: '--fail-under' }));
    else if (score === null || !shownAtLeast(score, gates.failUnder)) failures.push(msg('gate.score', { score, threshold: gates.failUnder }));
  }
  if (gates.minCoverage !== undefined && !shownAtLeast(o.coverage, gates.minCoverage)) {
    failures.push(msg('gate.coverage', { coverage: o.coverage, threshold: gates.minCoverage }));
  }
  const rank = (id: string | null | undefined) => (id == null ? -1 : diagnostic.levels.findIndex((l) => l.id === id));
  const label = (id: string | null | undefined) => (id == null ? '—' : localize(diagnostic.levels.find((l) => l.id === id)?.label, lang));
  for (const gate of gates.minLevels) {
    const figure: Figure = gate.scope === 'overall' ? o : diagnostic.dimensions.find((d) => d.id === gate.scope)!;
    const scopeLabel = gate.scope === 'overall' ? 'overall' : localize(diagnostic.dimensions.find((d) => d.id === gate.scope)!.label, lang);
    if (insufficient(figure)) {
      failures.push(msg('gate.insufficient', { scope: scopeLabel, coverage: figure.coverage, minimum, option: '--min-level' }));
      continue;
    }
    const reached = levelOf(figure);
    if (rank(reached) < rank(gate.level)) failures.push(msg('gate.level', { scope: scopeLabel, level: label(reached), required: label(gate.level) }));
  }
  return failures;
}
