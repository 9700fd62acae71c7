import type { CompiledValidator } from './types.js';
export const validateComparison: CompiledValidator;
