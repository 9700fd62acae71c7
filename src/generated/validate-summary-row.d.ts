import type { CompiledValidator } from './types.js';
export const validateSummaryRow: CompiledValidator;
