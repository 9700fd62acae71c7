import type { CompiledValidator } from './types.js';
export const validateDiagnosticV1: CompiledValidator;
