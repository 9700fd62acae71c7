// The library surface: load → score → render, with plain data in between. The CLI is one user
// of it; the build uses it to precompile the bundled questionnaires.
export { parseSource, type Source } from './load/source.js';
export { loadQuestionnaire } from './load/questionnaire.js';
export { loadAnswers, checkAnswersShape } from './load/answers.js';
export { diagnose, type Diagnostic } from './score/diagnose.js';
export { loadRenderer, FORMATS, type Format, type Renderer, type RenderOptions } from './render/registry.js';
export { InputError, type Problem } from './core/problems.js';
export { say } from './i18n/messages.js';
export type { Questionnaire, AnswerSet } from './core/model.js';
export { contentHash } from './core/content-hash.js';
