// CI thresholds (--fail-under, --min-level, --min-coverage): read from their option strings,
// checked against the questionnaire, then evaluated on a diagnostic. Pure; the CLI prints.
import { msg, type Message } from '../i18n/messages.js';
import { UsageError } from '../core/problems.js';
import { localize, type Lang } from '../core/text.js';
import type { Questionnaire } from '../core/model.js';
import type { Diagnostic } from '../diagnostic/contract.js';

export interface Gates {
  failUnder?: number;
  minCoverage?: number;
  minLevels: { scope: string; level: string }[];
}

export interface GateOptions {
  failUnder?: string;
  minLevel?: string[];
  minCoverage?: string;
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
  return { failUnder: percent('--fail-under', options.failUnder), minCoverage: percent('--min-coverage', options.minCoverage), minLevels };
}

/** Dimensions and levels named by --min-level must exist, before any scoring is done. */
export function checkLevelGates(gates: Gates, questionnaire: Questionnaire): void {
  const dimensions = questionnaire.dimensions.map((d) => d.id);
  const levels = questionnaire.levels.map((l) => l.id);
  for (const gate of gates.minLevels) {
    if (gate.scope !== 'overall' && !dimensions.includes(gate.scope)) throw new UsageError(msg('cli.min-level-unknown-dimension', { id: gate.scope, allowed: dimensions }));
    if (!levels.includes(gate.level)) throw new UsageError(msg('cli.min-level-unknown-level', { id: gate.level, allowed: levels }));
  }
}

/** One message per threshold not met; none when every gate holds. */
export function evaluateGates(diagnostic: Diagnostic, gates: Gates, lang: Lang): Message[] {
  const failures: Message[] = [];
  const score = diagnostic.overall.score;
  if (gates.failUnder !== undefined && (score === null || score < gates.failUnder)) {
    failures.push(msg('gate.score', { score: score === null ? '—' : String(score), threshold: gates.failUnder }));
  }
  if (gates.minCoverage !== undefined && diagnostic.overall.coverage < gates.minCoverage) {
    failures.push(msg('gate.coverage', { coverage: diagnostic.overall.coverage, threshold: gates.minCoverage }));
  }
  const rank = (id: string | null) => (id === null ? -1 : diagnostic.levels.findIndex((l) => l.id === id));
  const label = (id: string | null) => (id === null ? '—' : localize(diagnostic.levels.find((l) => l.id === id)?.label, lang));
  for (const gate of gates.minLevels) {
    const reached = gate.scope === 'overall' ? diagnostic.overall.level : diagnostic.dimensions.find((d) => d.id === gate.scope)!.level;
    if (rank(reached) < rank(gate.level)) {
      const scopeLabel = gate.scope === 'overall' ? 'overall' : localize(diagnostic.dimensions.find((d) => d.id === gate.scope)!.label, lang);
      failures.push(msg('gate.level', { scope: scopeLabel, level: label(reached), required: label(gate.level) }));
    }
  }
  return failures;
}
