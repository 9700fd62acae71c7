// The diagnostic: the JSON result that scoring produces and every renderer reads (as Lighthouse's
// report reads its LHR). Its shape is schemas/diagnostic.schema.json; the types come from it.
//
// Versions (schemaVersion):
//   1  cocon 0.1: every response repeats its option labels in both languages.
//   2  option labels stored once per question (`options`), responses hold their keys (`choice`)
//      or their free text (`text`); `strengths` listed by scoring instead of chosen by renderers.
//   3  no per-respondent data unless asked for (--attribute, an export, a single respondent):
//      responses only for comments, evidence and free text, by group, without index; no lowest or
//      highest respondent; how many did not know instead of who (docs/referential.md, "Disclosure").
// A saved diagnostic of an older version is upgraded on reading (./read.ts), so renderers only
// ever see the current version.
import type { DiagnosticSchema } from '../types/schemas.js';

export const DIAGNOSTIC_SCHEMA_VERSION = 3;

export type Diagnostic = DiagnosticSchema.Diagnostic;
export type DimensionResult = DiagnosticSchema.DimensionResult;
export type QuestionResult = DiagnosticSchema.QuestionResult;
export type ResponseResult = DiagnosticSchema.ResponseResult;
export type RequirementResult = DiagnosticSchema.RequirementResult;
export type Recommendation = DiagnosticSchema.Recommendation;
export type Warning = DiagnosticSchema.Warning;
export type Strength = Diagnostic['strengths'][number];
