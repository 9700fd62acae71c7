import type { CompiledValidator } from './types.js';
export const validateAnswers: CompiledValidator;
