// Older diagnostics brought to the current version, so `cocon report` renders what any earlier
// cocon wrote.
import type { DiagnosticV1Schema } from '../types/schemas.js';
import { selectStrengths } from './view.js';
import type { Diagnostic, QuestionResult } from './contract.js';

type V1 = DiagnosticV1Schema.DiagnosticV1;
type V1Question = V1['dimensions'][number]['questions'][number];

export function upgradeV1(old: V1): Diagnostic {
  // Version 1 had no level certainty, patterns or check-before list: they stay absent or empty
  // rather than be guessed without the questionnaire.
  const dimensions = old.dimensions.map(({ next: _next, ...d }) => ({ ...d, questions: d.questions.map(upgradeQuestion) }));
  const { recommendations, warnings, respondents, ...rest } = old;
  return {
    ...rest,
    // Names and roles are shown only when asked for at scoring time; version 1 always kept them.
    respondents: respondents.map(({ territory, actorType, date }) => ({ territory, group: actorType, actorType, ...(date ? { date } : {}) })),
    schemaVersion: 2 as 3,
    dimensions,
    strengths: selectStrengths(dimensions),
    patterns: [],
    // The fixed next step of each dimension becomes an advice item of that dimension.
    recommendations: recommendations.map((r) => (r.kind === 'next-level' ? { kind: 'advice' as const, id: `${r.dimension}-next`, dimension: r.dimension, text: r.text } : r)),
    checkBefore: [],
    warnings,
  };
}

/**
 * Version 1 kept each response's labels, not the option ids: distinct labels become the
 * question's options, under keys made up in order of appearance. Free text stays text.
 */
function upgradeQuestion(question: V1Question): QuestionResult {
  const options: { id: string; label: NonNullable<QuestionResult['options']>[number]['label'] }[] = [];
  const keyOf = new Map<string, string>();
  const responses = question.responses.map(({ labels, ...response }) => {
    if (!labels) return response;
    // Free text is the one unscored kind; its single label was the text itself.
    if (question.status === 'not-scored') return { ...response, text: labels.map((l) => (typeof l === 'string' ? l : l.fr ?? l.en ?? '')).join(' ') };
    const choice = labels.map((label) => {
      const signature = JSON.stringify(label);
      let key = keyOf.get(signature);
      if (key === undefined) {
        key = String(options.length + 1);
        keyOf.set(signature, key);
        options.push({ id: key, label });
      }
      return key;
    });
    return { ...response, choice };
  });
  return { ...question, ...(options.length > 0 ? { options } : {}), responses };
}

/**
 * Version 2 listed every respondent's answer by index, the lowest and highest respondent, who did
 * not know, and showed groups beside a remainder under the floor. Read again, it follows the
 * disclosure rule of version 3: unless it names its respondents (scored with --attribute) or has
 * only one, per-respondent data is dropped, comments keep no index (nor a group, which the
 * diagnostic cannot tell is safe), and the groups' figures go when some respondents were left out
 * of them (the territory's tallies minus the groups' would give theirs).
 */
export function upgradeV2(old: Diagnostic): Diagnostic {
  const named = old.respondents.some((r) => r.role !== undefined);
  if (named || old.respondents.length === 1) return { ...old, schemaVersion: 3 };
  const anonymous = (q: QuestionResult): QuestionResult => ({
    ...q,
    responses: q.responses
      .filter((r) => r.text !== undefined || r.comment || r.evidence)
      .map(({ status, text, comment, evidence }) => ({ status, ...(text !== undefined ? { text } : {}), ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) }))
      .sort((a, b) => words(a).localeCompare(words(b))),
  });
  const { groups, divergence, ...rest } = old;
  const leftOut = groups !== undefined && groups.omitted > 0;
  return {
    ...rest,
    schemaVersion: 3,
    responsesListed: 'notes',
    ...(groups ? { groups: leftOut ? { ...groups, list: [] } : groups } : {}),
    ...(divergence && !leftOut ? { divergence } : {}),
    dimensions: old.dimensions.map(({ respondents: { min: _min, max: _max, ...respondents }, ...d }) => ({ ...d, respondents, questions: d.questions.map(anonymous) })),
    ...(old.context ? { context: old.context.map(anonymous) } : {}),
    checkBefore: old.checkBefore.map(({ respondents, ...c }) => ({ ...c, ...(respondents && respondents.length > 0 ? { unknown: respondents.length } : c.unknown ? { unknown: c.unknown } : {}) })),
    warnings: old.warnings.map(({ respondent: _respondent, ...w }) => w),
  };
}

function words(r: QuestionResult['responses'][number]): string {
  return `${r.text ?? ''}\u0000${r.comment ?? ''}\u0000${r.evidence ?? ''}`;
}
