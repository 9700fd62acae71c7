// Reading a saved diagnostic: checked against the schema of its own version, then upgraded.
// `report`, `validate` and every later command that reads diagnostics go through here.
import { validateDiagnostic } from '../generated/validate-diagnostic.js';
import { validateDiagnosticV1 } from '../generated/validate-diagnostic-v1.js';
import { InputError } from '../core/problems.js';
import { msg } from '../i18n/messages.js';
import { schemaProblems } from '../load/schema-problems.js';
import type { Source } from '../load/source.js';
import type { DiagnosticV1Schema } from '../types/schemas.js';
import { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from './contract.js';
import { upgradeV1 } from './upgrade.js';

export function readDiagnostic(source: Source): Diagnostic {
  const data = source.data as { schemaVersion?: unknown } | null;
  const version = data !== null && typeof data === 'object' ? data.schemaVersion : undefined;
  if (version === 1) {
    if (!validateDiagnosticV1(data)) throw new InputError(schemaProblems(source, validateDiagnosticV1.errors ?? [], 'diagnostic'));
    return upgradeV1(data as DiagnosticV1Schema.DiagnosticV1);
  }
  if (typeof version === 'number' && version > DIAGNOSTIC_SCHEMA_VERSION) {
    throw new InputError([source.problem(['schemaVersion'], msg('diagnostic.newer-version', { found: version, supported: DIAGNOSTIC_SCHEMA_VERSION }))]);
  }
  if (!validateDiagnostic(data)) throw new InputError(schemaProblems(source, validateDiagnostic.errors ?? [], 'diagnostic'));
  return data as Diagnostic;
}
