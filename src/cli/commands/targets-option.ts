// --targets FILE and --target SCOPE=VALUE, shared by score and compare: read, merged (--target
// wins for its scope), then checked and measured on the diagnostic the command produced.
import type { Diagnostic } from '../../diagnostic/contract.js';
import { checkTargets, mergeTargets, targetsFromFile, targetsFromOptions, type TargetSpec } from '../../targets/targets.js';
import { targetProgress } from '../../targets/progress.js';
import { readSource } from '../files.js';
import type { Context } from '../context.js';

export interface TargetOptions {
  targets?: string;
  target?: string[];
}

export async function readTargets(context: Context, options: TargetOptions): Promise<TargetSpec[]> {
  const fromOptions = targetsFromOptions(options.target ?? []);
  const fromFile = options.targets !== undefined ? targetsFromFile(await readSource(options.targets, context.resolve)) : [];
  return mergeTargets(fromFile, fromOptions);
}

/** The targets measured on `diagnostic`; none when none were given. */
export function measureTargets(specs: readonly TargetSpec[], diagnostic: Diagnostic): Diagnostic['targets'] {
  if (specs.length === 0) return undefined;
  checkTargets(specs, diagnostic);
  return targetProgress(diagnostic, specs);
}
