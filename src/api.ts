// The library surface: load → score → render, with plain data in between. The CLI is one user
// of it; the build uses it to precompile the bundled questionnaires.
export { parseSource, type Source } from './load/source.js';
export { loadQuestionnaire } from './load/questionnaire.js';
export { loadAnswers, checkAnswersShape } from './load/answers.js';
export { diagnose, Diagnosis, type DiagnoseOptions } from './score/diagnose.js';
export { DIAGNOSTIC_SCHEMA_VERSION, type Diagnostic } from './diagnostic/contract.js';
export { readDiagnostic } from './diagnostic/read.js';
export { loadRenderer, formatsOf, chooseFormat, type Format, type DocumentKind } from './render/registry.js';
export type { Renderer, RenderOptions } from './render/renderer.js';
export { InputError, type Problem } from './core/problems.js';
export { say } from './i18n/messages.js';
export type { Questionnaire, AnswerSet } from './core/model.js';
