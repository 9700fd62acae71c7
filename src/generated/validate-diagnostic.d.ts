import type { CompiledValidator } from './types.js';
export const validateDiagnostic: CompiledValidator;
