import type { CompiledValidator } from './types.js';
export const validateQuestionnaire: CompiledValidator;
