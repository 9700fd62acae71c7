import type { CompiledValidator } from './types.js';
export const validateTargets: CompiledValidator;
