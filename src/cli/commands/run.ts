import { msg } from '../../i18n/messages.js';
import { UsageError } from '../../core/problems.js';
import type { Context } from '../context.js';

// Placeholder until the interactive flow lands (issue 4); never reported as done.
export async function runCommand(_context: Context, _options: Record<string, unknown>): Promise<number> {
  throw new UsageError(msg('usage.other', { detail: 'cocon run: not available yet' }));
}
