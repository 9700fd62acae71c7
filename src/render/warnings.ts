import { localize, type Lang } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { dimensionLabel, findQuestion, percent, respondentName, scoreNumber } from './common.js';

type Warning = Diagnostic['warnings'][number];

/** One sentence per warning, naming dimensions, questions and respondents as a person knows them. */
export function describeWarning(warning: Warning, diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report.warning;
  const dimension = dimensionLabel(diagnostic, warning.dimension, lang);
  const n = (value: number | undefined) => scoreNumber(value ?? null, lang);
  const pct = (value: number | undefined) => percent(value ?? 0, lang);
  switch (warning.code) {
    case 'low-coverage':
      return warning.dimension ? w.lowCoverage({ dimension, value: pct(warning.value) }) : w.lowCoverageOverall({ value: pct(warning.value) });
    case 'wide-range':
      return w.wideRange({ dimension, low: n(warning.low), high: n(warning.high) });
    case 'unanswered':
      return w.unanswered({ respondent: respondentName(diagnostic, warning.respondent, lang), count: warning.value ?? 0 });
    case 'no-score':
      return w.noScore({ dimension });
    case 'answer-ignored': {
      const question = findQuestion(diagnostic, warning.question);
      const text = question ? `${warning.question} — ${localize(question.text, lang)}` : (warning.question ?? '');
      return w.answerIgnored({ respondent: respondentName(diagnostic, warning.respondent, lang), question: text });
    }
    case 'territories-differ':
      return w.territoriesDiffer({ names: (warning.names ?? []).join(', ') });
    case 'insufficient-data': {
      const min = pct(diagnostic.minCoverage ?? 50);
      return warning.dimension ? w.insufficient({ dimension, value: pct(warning.value), min }) : w.insufficientOverall({ value: pct(warning.value), min });
    }
    case 'duplicate-answers':
      return w.duplicate({ file: (warning.names ?? []).join(', '), respondent: respondentName(diagnostic, warning.respondent, lang) });
  }
}

/** Warnings about single respondents are listed one by one up to this many of a kind; beyond, summed up. */
export const LISTED_PER_RESPONDENT = 10;

/**
 * The warnings as a reader gets them: each in its own sentence, except the per-respondent ones
 * when there are many (thousands of respondents would fill the report with them): then one
 * sentence for all the unanswered questions, and one per question for the ignored answers.
 */
export function warningSentences(diagnostic: Diagnostic, lang: Lang): string[] {
  const w = words(lang).report.warning;
  const many = (code: Warning['code']) => diagnostic.warnings.filter((x) => x.code === code).length > LISTED_PER_RESPONDENT;
  const manyUnanswered = many('unanswered');
  const manyIgnored = many('answer-ignored');
  const sentences: string[] = [];
  let unansweredSaid = false;
  const ignoredSaid = new Set<string>();
  for (const warning of diagnostic.warnings) {
    if (warning.code === 'unanswered' && manyUnanswered) {
      if (unansweredSaid) continue;
      unansweredSaid = true;
      const counts = diagnostic.warnings.filter((x) => x.code === 'unanswered').map((x) => x.value ?? 0);
      sentences.push(w.unansweredMany({ count: counts.length, questions: counts.reduce((a, b) => a + b, 0), most: counts.reduce((a, b) => Math.max(a, b), 0) }));
    } else if (warning.code === 'answer-ignored' && manyIgnored) {
      const id = warning.question ?? '';
      if (ignoredSaid.has(id)) continue;
      ignoredSaid.add(id);
      const question = findQuestion(diagnostic, id);
      const count = diagnostic.warnings.filter((x) => x.code === 'answer-ignored' && x.question === id).length;
      sentences.push(w.answerIgnoredMany({ question: question ? `${id} — ${localize(question.text, lang)}` : id, count }));
    } else {
      sentences.push(describeWarning(warning, diagnostic, lang));
    }
  }
  return sentences;
}
