// Targets a territory sets (per dimension or overall, a level or a score), read from a YAML file
// (schemas/targets.schema.json) or from --target SCOPE=VALUE, and checked against a diagnostic's
// dimensions and levels. Pure: the CLI reads the file.
import { InputError, UsageError, type Problem } from '../core/problems.js';
import { msg } from '../i18n/messages.js';
import { validateTargets } from '../generated/validate-targets.js';
import { schemaProblems } from '../load/schema-problems.js';
import type { Source } from '../load/source.js';
import type { TargetsSchema } from '../types/schemas.js';
import type { Diagnostic } from '../diagnostic/contract.js';

export interface TargetSpec {
  scope: string;
  level?: string;
  score?: number;
  /** Where it was written, for a located message; absent for --target. */
  source?: Source;
}

const LEVEL_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function targetsFromFile(source: Source): TargetSpec[] {
  if (!validateTargets(source.data)) throw new InputError(schemaProblems(source, validateTargets.errors ?? [], 'targets'));
  const data = source.data as TargetsSchema.Targets;
  return Object.entries(data.targets).map(([scope, value]) => (typeof value === 'number' ? { scope, score: value, source } : { scope, level: value, source }));
}

/** `dialogue=ancre`, `overall=60`. */
export function targetsFromOptions(specs: readonly string[]): TargetSpec[] {
  return specs.map((spec) => {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(spec);
    if (!match) throw new UsageError(msg('cli.bad-target', { value: spec }));
    const [, scope, value] = match as unknown as [string, string, string];
    if (/^\d+(\.\d+)?$/.test(value)) {
      const score = Number(value);
      if (score > 100) throw new UsageError(msg('cli.bad-target', { value: spec }));
      return { scope, score };
    }
    if (!LEVEL_ID.test(value)) throw new UsageError(msg('cli.bad-target', { value: spec }));
    return { scope, level: value };
  });
}

/** File targets first, --target ones replacing those of the same scope. */
export function mergeTargets(fromFile: readonly TargetSpec[], fromOptions: readonly TargetSpec[]): TargetSpec[] {
  const byScope = new Map<string, TargetSpec>();
  for (const spec of [...fromFile, ...fromOptions]) byScope.set(spec.scope, spec);
  return [...byScope.values()];
}

/** Every scope a dimension of the diagnostic (or overall), every level one of its levels. */
export function checkTargets(specs: readonly TargetSpec[], diagnostic: Diagnostic): void {
  const dimensions = diagnostic.dimensions.map((d) => d.id);
  const levels = diagnostic.levels.map((l) => l.id);
  const problems: Problem[] = [];
  for (const spec of specs) {
    const badScope = spec.scope !== 'overall' && !dimensions.includes(spec.scope);
    const badLevel = spec.level !== undefined && !levels.includes(spec.level);
    if (!badScope && !badLevel) continue;
    const message = badScope ? msg('target.unknown-dimension', { id: spec.scope, allowed: dimensions }) : msg('target.unknown-level', { id: spec.level!, allowed: levels });
    if (!spec.source) throw new UsageError(message);
    // An unknown dimension is the key's mistake, an unknown level the value's.
    problems.push(spec.source.problem(['targets', spec.scope], message, { key: badScope }));
  }
  if (problems.length > 0) throw new InputError(problems);
}
