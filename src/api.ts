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
// The table of languages: its declarations also register the language codes that Lang is made of
// (a declaration merge in src/i18n/languages.ts), without which a user's Lang would be `never`.
export { LANGS } from './i18n/languages.js';
export type { Lang } from './core/text.js';
