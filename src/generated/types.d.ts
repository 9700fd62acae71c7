// Types for the validators that scripts/build.mjs precompiles from schemas/.
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
