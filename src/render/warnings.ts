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
