import type { CompiledValidator } from './types.js';
export const validateBenchmark: CompiledValidator;
